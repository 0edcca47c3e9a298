// The public addresses of measured progress. A metric's page lists every value it has had; an
// observation's permanent address (what feeds and the API link to) leads to the page and place
// that shows it now.

/** A metric's page: its chart and every value, with revisions, corrections and retractions. */
export const metricHref = (indicatorSlug: string, metricSlug: string, page = 1) =>
  page <= 1 ? `/indicators/${indicatorSlug}/metrics/${metricSlug}` : `/indicators/${indicatorSlug}/metrics/${metricSlug}/history/${page}`;

/** The permanent address of one recorded value. */
export const observationHref = (indicatorSlug: string, observationId: number) =>
  `/indicators/${indicatorSlug}/observations/${observationId}`;

/** Where a metric sits on its indicator's page. */
export const metricAnchor = (metricSlug: string) => `metric-${metricSlug}`;
