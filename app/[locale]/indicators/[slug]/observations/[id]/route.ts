// /indicators/<slug>/observations/<id> (and /fr/…, which leads to the French pages): the permanent address of one value
// of a metric (what feeds and the API link to). Sends the reader to the page of the metric's values that shows it now
// (older values move to later pages as new ones arrive), at its anchor #observation-<id>, as
// ../changes/[id] does for status changes.
import { metricHref } from "@/lib/metrics/links";
import { findObservationPage } from "@/lib/metrics/progress";
import { DEFAULT_LOCALE, isLocale, localePath } from "@/lib/i18n/locales";
import { redirectRenamed } from "@/lib/predictions/slug-redirects";
import { parseId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string; id: string }> }) {
  const { locale: segment, slug, id } = await params;
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const observationId = parseId(id);
  const found = observationId !== null ? await findObservationPage(slug, observationId) : null;
  if (found === null) {
    const moved = await redirectRenamed(request, "indicator", slug, locale);
    if (moved) return moved;
    // server/start.mjs sends its not-found page in place of this body (server/error-pages.mjs).
    return new Response("<!doctype html><title>Not found</title><p>No such value among this indicator’s metrics.</p>", {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(null, {
    status: 307,
    headers: {
      Location: `${localePath(locale, metricHref(slug, found.metricSlug, found.page))}#observation-${observationId}`,
      "Cache-Control": "no-store",
    },
  });
}
