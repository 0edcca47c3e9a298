import "server-only";
import {
  beforeCursor,
  keysetPage,
  indicatorJson,
  LICENSE,
  siteUrl,
  statusChangeJson,
  verdictJson,
  type StatusChangesQuery,
} from "@/lib/open-data/api";
import { toIsoDate, todayIso } from "@/lib/text/dates";
import { frenchOrNull, frenchText } from "@/lib/i18n/content";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeHref, historyEntryInclude } from "@/lib/status-changes/history";
import { withEtag } from "@/lib/http/responses";
import { listPredictionsForBoard } from "@/lib/predictions/predictions";
import { cachedPublicRead } from "@/lib/http/public-cache";
import { computeVerdict, isOverdue, statusLabel, type Status } from "@/lib/rules/status";

// The documents behind /api/v1/…, each returned with its validators (lib/http/responses.ts).

const document = (data: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ data, ...extra, license: LICENSE }, null, 2);
const latest = (dates: Date[]) => new Date(Math.max(0, ...dates.map((date) => date.getTime())));
// Verdicts and overdue flags change with the date itself.
const startOfToday = () => new Date(`${todayIso()}T00:00:00Z`);

async function buildPredictions() {
  const today = todayIso();
  const predictions = await listPredictionsForBoard();
  const data = predictions.map((prediction) => ({
    slug: prediction.slug,
    url: `${siteUrl()}/predictions/${prediction.slug}`,
    title: prediction.title,
    claim: prediction.claim,
    title_fr: frenchText(prediction, "title"),
    claim_fr: frenchText(prediction, "claim"),
    horizon_on: prediction.horizonOn ? toIsoDate(prediction.horizonOn) : null,
    position: prediction.position,
    source: {
      title: prediction.source.title,
      author: prediction.source.author,
      outlet: prediction.source.outlet,
      url: prediction.source.url,
      published_on: toIsoDate(prediction.source.publishedOn),
      published_precision: prediction.source.publishedPrecision,
    },
    verdict: verdictJson(computeVerdict(prediction, today)),
    indicators: prediction.indicators.map((indicator) => indicator.slug),
    feed: `${siteUrl()}/predictions/${prediction.slug}/feed.xml`,
  }));
  const updated = latest([
    startOfToday(),
    ...predictions.flatMap((p) => [p.updatedAt, p.source.updatedAt, ...p.indicators.map((i) => i.updatedAt)]),
  ]);
  return withEtag(document(data), updated);
}

async function buildIndicators(filter: { prediction?: string; status?: Status }) {
  const today = todayIso();
  const indicators = await getDb().indicator.findMany({
    where: { prediction: filter.prediction ? { slug: filter.prediction } : undefined, status: filter.status },
    include: { prediction: { select: { slug: true, position: true } } },
    orderBy: [{ prediction: { position: "asc" } }, { predictionId: "asc" }, { position: "asc" }, { id: "asc" }],
  });
  const data = indicators.map((indicator) => indicatorJson(indicator, indicator.prediction.slug, isOverdue(indicator, today)));
  const updated = latest([startOfToday(), ...indicators.map((i) => i.updatedAt)]);
  return withEtag(document(data), updated);
}

export function statusChangeWhere(query: Omit<StatusChangesQuery, "cursor" | "limit">): Prisma.StatusChangeWhereInput {
  return {
    indicator:
      query.indicator || query.prediction
        ? { slug: query.indicator, prediction: query.prediction ? { slug: query.prediction } : undefined }
        : undefined,
    effectiveOn:
      query.from || query.to
        ? {
            gte: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
            lte: query.to ? new Date(`${query.to}T00:00:00Z`) : undefined,
          }
        : undefined,
  };
}

/** A page of status changes, newest published first, with the cursor of the next page. */
async function buildStatusChanges(query: StatusChangesQuery) {
  const limit = query.limit ?? 50;
  const entries = await getDb().statusChange.findMany({
    where: { AND: [statusChangeWhere(query), beforeCursor(query.cursor)] },
    include: historyEntryInclude,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const { page, nextCursor } = keysetPage(entries, limit);
  const next = new URLSearchParams(
    Object.entries({ ...query, cursor: nextCursor ?? "" }).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
  );
  const updated = latest(
    page.flatMap((e) => [
      e.createdAt,
      e.retractedAt ?? e.createdAt,
      e.indicator.updatedAt,
      ...e.corrections.flatMap((c) => [c.createdAt, c.retractedAt ?? c.createdAt]),
    ]),
  );
  return withEtag(
    document(page.map(statusChangeJson), {
      pagination: { limit, next_cursor: nextCursor, next: nextCursor ? `${siteUrl()}/api/v1/status-changes?${next}` : null },
    }),
    updated,
  );
}

export const getPredictionsDocument = cachedPublicRead("api-predictions", buildPredictions);
export const getIndicatorsDocument = cachedPublicRead("api-indicators", buildIndicators);
const getFirstStatusChangesPage = cachedPublicRead("api-status-changes", buildStatusChanges);

/** First pages (no cursor) are cached; deeper pages, whose cursors are endless, are read each time. */
export function getStatusChangesDocument(query: StatusChangesQuery) {
  return query.cursor ? buildStatusChanges(query) : getFirstStatusChangesPage(query);
}

export async function slugExists(kind: "indicator" | "prediction", slug: string) {
  const db = getDb();
  const row =
    kind === "indicator"
      ? await db.indicator.findUnique({ where: { slug }, select: { id: true } })
      : await db.prediction.findUnique({ where: { slug }, select: { id: true } });
  return row !== null;
}

/** One row of the CSV export: the JSON API's fields, with the evidence as a count and its URLs. */
export type ExportRow = Omit<ReturnType<typeof statusChangeJson>, "evidence"> & { evidence_count: number; evidence_urls: string };

type ExportRecord = {
  id: number;
  indicator: string;
  prediction: string;
  from_status: Status;
  to_status: Status;
  effective_on: Date;
  created_at: Date;
  summary: string;
  author: string;
  corrects_id: number | null;
  correction_note: string | null;
  corrected_by_id: number | null;
  retracted_at: Date | null;
  retraction_note: string | null;
  evidence_count: number;
  evidence_urls: string | null;
  summary_fr: string | null;
  correction_note_fr: string | null;
  retraction_note_fr: string | null;
};

/**
 * The CSV export's rows, oldest first, in batches of `batchSize` read by id: one SQL query per
 * batch, flat, where Prisma's nested reads took about 250 ms per 1,000 rows (over four minutes for
 * the benchmark's 1,000,000). Each row has the same values as the JSON API's for the same entry
 * (tests/integration/open-data.test.ts checks that they agree).
 */
export async function* statusChangeExportBatches(
  query: Omit<StatusChangesQuery, "cursor" | "limit">,
  batchSize = 2000,
): AsyncGenerator<ExportRow[]> {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : null;
  const to = query.to ? new Date(`${query.to}T00:00:00Z`) : null;
  const site = siteUrl();
  let after = 0;
  for (;;) {
    const records = await getDb().$queryRaw<ExportRecord[]>`
      SELECT s.id, i.slug AS indicator, p.slug AS prediction, s.from_status::text AS from_status, s.to_status::text AS to_status,
             s.effective_on, s.created_at, s.summary, a.name AS author, s.corrects_id, s.correction_note,
             (SELECT max(c.id) FROM status_changes c WHERE c.corrects_id = s.id AND c.retracted_at IS NULL) AS corrected_by_id,
             s.retracted_at, s.retraction_note,
             (SELECT count(*)::int FROM evidence e WHERE e.status_change_id = s.id) AS evidence_count,
             (SELECT string_agg(e.url, ' ' ORDER BY e.position, e.id) FROM evidence e WHERE e.status_change_id = s.id) AS evidence_urls,
             s.summary_fr, s.correction_note_fr, s.retraction_note_fr
        FROM status_changes s
        JOIN indicators i ON i.id = s.indicator_id
        JOIN predictions p ON p.id = i.prediction_id
        JOIN users a ON a.id = s.author_id
       WHERE s.id > ${after}
         AND (${query.indicator ?? null}::text IS NULL OR i.slug = ${query.indicator ?? null})
         AND (${query.prediction ?? null}::text IS NULL OR p.slug = ${query.prediction ?? null})
         AND (${from}::date IS NULL OR s.effective_on >= ${from}::date)
         AND (${to}::date IS NULL OR s.effective_on <= ${to}::date)
       ORDER BY s.id
       LIMIT ${batchSize}`;
    if (records.length) {
      yield records.map((r) => ({
        id: r.id,
        url: `${site}${changeHref(r.indicator, r.id)}`,
        indicator: r.indicator,
        prediction: r.prediction,
        from_status: r.from_status,
        to_status: r.to_status,
        from_status_label: statusLabel(r.from_status),
        to_status_label: statusLabel(r.to_status),
        effective_on: toIsoDate(r.effective_on),
        published_at: r.created_at.toISOString(),
        summary: r.summary,
        author: r.author,
        state: r.retracted_at ? "retracted" : r.corrected_by_id ? "corrected" : "current",
        corrects_id: r.corrects_id,
        correction_note: r.correction_note,
        corrected_by_id: r.corrected_by_id,
        retracted_at: r.retracted_at?.toISOString() ?? null,
        retraction_note: r.retraction_note,
        evidence_count: r.evidence_count,
        evidence_urls: r.evidence_urls ?? "",
        summary_fr: frenchOrNull(r.summary_fr),
        correction_note_fr: frenchOrNull(r.correction_note_fr),
        retraction_note_fr: frenchOrNull(r.retraction_note_fr),
      }));
    }
    if (records.length < batchSize) return;
    after = records[records.length - 1].id;
  }
}
