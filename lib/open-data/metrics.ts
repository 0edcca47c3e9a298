import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jsonError, withEtag } from "@/lib/http/responses";
import { cachedPublicRead } from "@/lib/http/public-cache";
import { metricHref, observationHref } from "@/lib/metrics/links";
import {
  amendmentsJson,
  beforeCursor,
  CORS_HEADERS,
  decodeCursor,
  keysetPage,
  LICENSE,
  parseQuery,
  siteUrl,
  slugParam,
  statusChangesQuery,
} from "@/lib/open-data/api";
import { slugExists } from "@/lib/open-data/documents";
import { ObservationStage, STAGE_INFO, STAGES } from "@/lib/rules/metrics";
import { observationState, standingCorrectionOf, standingRevisionOf, type ObservationState } from "@/lib/rules/observation-state";
import { toIsoDate } from "@/lib/text/dates";
import { frenchOrNull, frenchText } from "@/lib/i18n/content";

// Measured progress as open data: /api/v1/metrics (definitions and dated targets),
// /api/v1/observations (every recorded value, newest first, by cursor) and
// /api/v1/observations.csv (the same rows for spreadsheets). Documented field by field on /data.
//
// Values are exact decimals: `value` is a string at the metric's decimals ("2.0", "-0.5"), as
// stored, and `value_number` the same as a JSON number for convenience (a double: exact up to
// about 15 significant digits). The CSV writes the value as a bare number.

// ---- Queries ----

export const metricsQuery = z.strictObject({ indicator: slugParam.optional(), prediction: slugParam.optional() });
export type MetricsQuery = z.infer<typeof metricsQuery>;

export const observationsQuery = z.strictObject({
  indicator: slugParam.optional(),
  prediction: slugParam.optional(),
  metric: slugParam.optional(),
  stage: z.enum(ObservationStage, `must be one of ${STAGES.join(", ")}`).optional(),
  cursor: statusChangesQuery.shape.cursor,
  limit: statusChangesQuery.shape.limit,
});
export type ObservationsQuery = z.infer<typeof observationsQuery>;
export type ObservationFilters = Omit<ObservationsQuery, "cursor" | "limit">;

const refuse = (status: 400 | 404, message: string) => ({ error: jsonError(status, message, CORS_HEADERS) });

/** The slugs of a query exist (404 with a reason otherwise); a metric's slug is unique within its indicator only. */
async function checkSlugs(query: { indicator?: string; prediction?: string; metric?: string }): Promise<{ error: Response } | null> {
  for (const kind of ["indicator", "prediction"] as const) {
    const slug = query[kind];
    if (slug && !(await slugExists(kind, slug))) return refuse(404, `No ${kind} has the slug “${slug}”.`);
  }
  if (query.metric) {
    if (!query.indicator) return refuse(400, "Parameter “metric” needs “indicator”: a metric's slug is unique within its indicator only.");
    const metric = await getDb().metric.findFirst({
      where: { slug: query.metric, indicator: { slug: query.indicator } },
      select: { id: true },
    });
    if (!metric) return refuse(404, `The indicator “${query.indicator}” has no metric with the slug “${query.metric}”.`);
  }
  return null;
}

/** GET /api/v1/metrics's query, or the 4xx to send. */
export async function parseMetricsRequest(request: Request): Promise<{ query: MetricsQuery } | { error: Response }> {
  const parsed = parseQuery(new URL(request.url), metricsQuery);
  if ("error" in parsed) return parsed;
  return (await checkSlugs(parsed.query)) ?? parsed;
}

/** The checks shared by /api/v1/observations and its CSV twin: the query, or the 4xx to send. */
export async function parseObservationsRequest(request: Request): Promise<{ query: ObservationsQuery } | { error: Response }> {
  const parsed = parseQuery(new URL(request.url), observationsQuery);
  if ("error" in parsed) return parsed;
  if (parsed.query.cursor !== undefined && decodeCursor(parsed.query.cursor) === null) {
    return refuse(400, "Parameter “cursor” is not a cursor this API gave out; use pagination.next_cursor from a previous page.");
  }
  return (await checkSlugs(parsed.query)) ?? parsed;
}

// ---- JSON ----

const document = (data: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ data, ...extra, license: LICENSE }, null, 2);
const latest = (dates: (Date | null)[]) => new Date(Math.max(0, ...dates.map((date) => date?.getTime() ?? 0)));
/** A stored value at the metric's decimals, exactly ("2.0", "-0.5"): the same text as the CSV's round(value, decimals). */
const decimalText = (value: Prisma.Decimal, decimals: number) => value.toFixed(decimals);

const filterQuery = (filters: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));

const metricInclude = {
  indicator: { select: { slug: true, updatedAt: true, prediction: { select: { slug: true } } } },
  targets: { orderBy: [{ dueOn: "asc" }, { id: "asc" }] },
} satisfies Prisma.MetricInclude;

export function metricJson(metric: Prisma.MetricGetPayload<{ include: typeof metricInclude }>) {
  const site = siteUrl();
  const filters = filterQuery({ indicator: metric.indicator.slug, metric: metric.slug });
  return {
    slug: metric.slug,
    url: `${site}${metricHref(metric.indicator.slug, metric.slug)}`,
    indicator: metric.indicator.slug,
    prediction: metric.indicator.prediction.slug,
    title: metric.title,
    definition: metric.definition,
    unit: metric.unit,
    title_fr: frenchText(metric, "title"),
    definition_fr: frenchText(metric, "definition"),
    unit_fr: frenchText(metric, "unit"),
    unit_kind: metric.unitKind,
    decimals: metric.decimals,
    direction: metric.direction,
    position: metric.position,
    targets: metric.targets.map((target) => ({
      value: decimalText(target.value, metric.decimals),
      value_number: Number(target.value),
      due_on: toIsoDate(target.dueOn),
      label: target.label,
      label_fr: frenchText(target, "label"),
      commitment: {
        title: target.commitmentTitle,
        title_fr: frenchText(target, "commitmentTitle"),
        url: target.commitmentUrl,
        date: toIsoDate(target.committedOn),
      },
    })),
    observations: `${site}/api/v1/observations?${filters}`,
    csv: `${site}/api/v1/observations.csv?${filters}`,
  };
}

async function buildMetrics(query: MetricsQuery) {
  const indicator =
    query.indicator || query.prediction
      ? { slug: query.indicator, prediction: query.prediction ? { slug: query.prediction } : undefined }
      : undefined;
  const metrics = await getDb().metric.findMany({
    where: { indicator },
    include: metricInclude,
    orderBy: [
      { indicator: { prediction: { position: "asc" } } },
      { indicator: { predictionId: "asc" } },
      { indicator: { position: "asc" } },
      { indicatorId: "asc" },
      { position: "asc" },
      { id: "asc" },
    ],
  });
  const updated = latest(metrics.flatMap((m) => [m.updatedAt, m.indicator.updatedAt, ...m.targets.map((t) => t.updatedAt)]));
  return withEtag(document(metrics.map(metricJson)), updated);
}

// Only standing corrections and revisions are read (at most one of each stands): the partial
// unique indexes on corrects_id and revises_id (WHERE retracted_at IS NULL) find them.
const observationApiInclude = {
  metric: {
    select: {
      slug: true,
      unit: true,
      unitFr: true,
      decimals: true,
      updatedAt: true,
      indicator: { select: { slug: true, updatedAt: true, prediction: { select: { slug: true } } } },
    },
  },
  author: { select: { name: true } },
  evidence: { orderBy: { position: "asc" } },
  corrections: { where: { retractedAt: null }, select: { id: true, createdAt: true, retractedAt: true } },
  revisions: { where: { retractedAt: null }, select: { id: true, createdAt: true, retractedAt: true } },
} satisfies Prisma.ObservationInclude;

type ApiObservation = Prisma.ObservationGetPayload<{ include: typeof observationApiInclude }>;

export function observationJson(observation: ApiObservation) {
  const { metric } = observation;
  return {
    id: observation.id,
    // Its permanent address: it leads to the page and place that show it now.
    url: `${siteUrl()}${observationHref(metric.indicator.slug, observation.id)}`,
    indicator: metric.indicator.slug,
    prediction: metric.indicator.prediction.slug,
    metric: metric.slug,
    period: {
      kind: observation.periodKind,
      label: observation.periodLabel,
      start: toIsoDate(observation.periodStart),
      end: toIsoDate(observation.periodEnd),
    },
    stage: observation.stage,
    stage_label: STAGE_INFO[observation.stage].label,
    estimate: observation.estimate,
    value: decimalText(observation.value, metric.decimals),
    value_number: Number(observation.value),
    unit: metric.unit,
    unit_fr: frenchText(metric, "unit"),
    note: observation.note,
    note_fr: frenchText(observation, "note"),
    published_at: observation.createdAt.toISOString(),
    author: observation.author.name,
    state: observationState(observation),
    revises_id: observation.revisesId,
    revised_by_id: standingRevisionOf(observation)?.id ?? null,
    ...amendmentsJson(observation, standingCorrectionOf(observation)),
  };
}

export function observationWhere(filters: ObservationFilters): Prisma.ObservationWhereInput {
  const indicator =
    filters.indicator || filters.prediction
      ? { slug: filters.indicator, prediction: filters.prediction ? { slug: filters.prediction } : undefined }
      : undefined;
  return { metric: indicator || filters.metric ? { slug: filters.metric, indicator } : undefined, stage: filters.stage };
}

/** A page of recorded values, newest recorded first, with the cursor of the next page. */
async function buildObservations(query: ObservationsQuery) {
  const limit = query.limit ?? 50;
  const rows = await getDb().observation.findMany({
    where: { AND: [observationWhere(query), beforeCursor(query.cursor)] },
    include: observationApiInclude,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const { page, nextCursor } = keysetPage(rows, limit);
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const next = filterQuery({
    ...filters,
    limit: query.limit === undefined ? undefined : String(query.limit),
    cursor: nextCursor ?? undefined,
  });
  const updated = latest(
    page.flatMap((o) => [
      o.createdAt,
      o.retractedAt,
      o.metric.updatedAt,
      o.metric.indicator.updatedAt,
      ...[...o.corrections, ...o.revisions].flatMap((c) => [c.createdAt, c.retractedAt]),
    ]),
  );
  return withEtag(
    document(page.map(observationJson), {
      pagination: { limit, next_cursor: nextCursor, next: nextCursor ? `${siteUrl()}/api/v1/observations?${next}` : null },
    }),
    updated,
  );
}

export const getMetricsDocument = cachedPublicRead("api-metrics", buildMetrics);
const getFirstObservationsPage = cachedPublicRead("api-observations", buildObservations);

/** First pages (no cursor) are cached; deeper pages, whose cursors are endless, are read each time. */
export function getObservationsDocument(query: ObservationsQuery) {
  return query.cursor ? buildObservations(query) : getFirstObservationsPage(query);
}

// ---- CSV ----

/** One row of the CSV export: the JSON API's fields, the period spread over four columns, the evidence as a count and its URLs. */
export type ObservationExportRow = Omit<ReturnType<typeof observationJson>, "evidence" | "period" | "value_number"> & {
  period_kind: string;
  period_label: string;
  period_start: string;
  period_end: string;
  evidence_count: number;
  evidence_urls: string;
};

type ExportRecord = {
  id: number;
  indicator: string;
  prediction: string;
  metric: string;
  period_kind: string;
  period_label: string;
  period_start: Date;
  period_end: Date;
  stage: ObservationStage;
  estimate: boolean;
  value: string;
  unit: string;
  note: string | null;
  created_at: Date;
  author: string;
  revises_id: number | null;
  revised_by_id: number | null;
  corrects_id: number | null;
  correction_note: string | null;
  corrected_by_id: number | null;
  retracted_at: Date | null;
  retraction_note: string | null;
  evidence_count: number;
  evidence_urls: string | null;
  unit_fr: string | null;
  note_fr: string | null;
  correction_note_fr: string | null;
  retraction_note_fr: string | null;
};

/**
 * The CSV export's rows, oldest first, in batches of `batchSize` read by id: one flat SQL query
 * per batch (as statusChangeExportBatches in lib/open-data/documents.ts), so memory stays bounded
 * whatever the number of rows. Each row says what the JSON API says of the same value
 * (tests/integration/open-data-metrics.test.ts checks that they agree).
 */
export async function* observationExportBatches(filters: ObservationFilters, batchSize = 2000): AsyncGenerator<ObservationExportRow[]> {
  const site = siteUrl();
  const indicator = filters.indicator ?? null;
  const prediction = filters.prediction ?? null;
  const metric = filters.metric ?? null;
  const stage = filters.stage ?? null;
  let after = 0;
  for (;;) {
    const records = await getDb().$queryRaw<ExportRecord[]>`
      SELECT o.id, i.slug AS indicator, p.slug AS prediction, m.slug AS metric, o.period_kind::text AS period_kind, o.period_label,
             o.period_start, o.period_end, o.stage::text AS stage, o.estimate, round(o.value, m.decimals)::text AS value, m.unit,
             o.note, o.created_at, a.name AS author, o.revises_id,
             (SELECT r.id FROM observations r WHERE r.revises_id = o.id AND r.retracted_at IS NULL) AS revised_by_id,
             o.corrects_id, o.correction_note,
             (SELECT c.id FROM observations c WHERE c.corrects_id = o.id AND c.retracted_at IS NULL) AS corrected_by_id,
             o.retracted_at, o.retraction_note,
             (SELECT count(*)::int FROM observation_evidence e WHERE e.observation_id = o.id) AS evidence_count,
             (SELECT string_agg(e.url, ' ' ORDER BY e.position, e.id) FROM observation_evidence e WHERE e.observation_id = o.id) AS evidence_urls,
             m.unit_fr, o.note_fr, o.correction_note_fr, o.retraction_note_fr
        FROM observations o
        JOIN metrics m ON m.id = o.metric_id
        JOIN indicators i ON i.id = m.indicator_id
        JOIN predictions p ON p.id = i.prediction_id
        JOIN users a ON a.id = o.author_id
       WHERE o.id > ${after}
         AND (${indicator}::text IS NULL OR i.slug = ${indicator})
         AND (${prediction}::text IS NULL OR p.slug = ${prediction})
         AND (${metric}::text IS NULL OR m.slug = ${metric})
         AND (${stage}::text IS NULL OR o.stage::text = ${stage})
       ORDER BY o.id
       LIMIT ${batchSize}`;
    if (records.length) {
      yield records.map((r) => {
        const state: ObservationState = r.retracted_at
          ? "retracted"
          : r.corrected_by_id
            ? "corrected"
            : r.revised_by_id
              ? "revised"
              : "current";
        return {
          id: r.id,
          url: `${site}${observationHref(r.indicator, r.id)}`,
          indicator: r.indicator,
          prediction: r.prediction,
          metric: r.metric,
          period_kind: r.period_kind,
          period_label: r.period_label,
          period_start: toIsoDate(r.period_start),
          period_end: toIsoDate(r.period_end),
          stage: r.stage,
          stage_label: STAGE_INFO[r.stage].label,
          estimate: r.estimate,
          value: r.value,
          unit: r.unit,
          note: r.note,
          published_at: r.created_at.toISOString(),
          author: r.author,
          state,
          revises_id: r.revises_id,
          revised_by_id: r.revised_by_id,
          corrects_id: r.corrects_id,
          correction_note: r.correction_note,
          corrected_by_id: r.corrected_by_id,
          retracted_at: r.retracted_at?.toISOString() ?? null,
          retraction_note: r.retraction_note,
          evidence_count: r.evidence_count,
          evidence_urls: r.evidence_urls ?? "",
          unit_fr: frenchOrNull(r.unit_fr),
          note_fr: frenchOrNull(r.note_fr),
          correction_note_fr: frenchOrNull(r.correction_note_fr),
          retraction_note_fr: frenchOrNull(r.retraction_note_fr),
        };
      });
    }
    if (records.length < batchSize) return;
    after = records[records.length - 1].id;
  }
}
