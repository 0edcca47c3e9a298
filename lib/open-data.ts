import "server-only";
import { decodeCursor, encodeCursor, indicatorJson, LICENSE, siteUrl, statusChangeJson, verdictJson, type StatusChangesQuery } from "@/lib/api";
import { toIsoDate, todayIso } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { historyEntryInclude } from "@/lib/history";
import { withEtag } from "@/lib/http";
import { listPredictionsForBoard } from "@/lib/predictions";
import { cachedPublicRead } from "@/lib/public-cache";
import { computeVerdict, isOverdue, type Status } from "@/lib/status";

// The documents behind /api/v1/…, each returned with its validators (lib/http.ts).

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
  const updated = latest([startOfToday(), ...predictions.flatMap((p) => [p.updatedAt, p.source.updatedAt, ...p.indicators.map((i) => i.updatedAt)])]);
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
    indicator: query.indicator || query.prediction ? { slug: query.indicator, prediction: query.prediction ? { slug: query.prediction } : undefined } : undefined,
    effectiveOn: query.from || query.to ? { gte: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined, lte: query.to ? new Date(`${query.to}T00:00:00Z`) : undefined } : undefined,
  };
}

/** A page of status changes, newest published first, with the cursor of the next page. */
async function buildStatusChanges(query: StatusChangesQuery) {
  const limit = query.limit ?? 50;
  const before = query.cursor ? decodeCursor(query.cursor) : null;
  const entries = await getDb().statusChange.findMany({
    where: { AND: [statusChangeWhere(query), before ? { id: { lt: before } } : {}] },
    include: historyEntryInclude,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = entries.slice(0, limit);
  const nextCursor = entries.length > limit ? encodeCursor(page[page.length - 1].id) : null;
  const next = new URLSearchParams(Object.entries({ ...query, cursor: nextCursor ?? "" }).filter(([, v]) => v !== undefined && v !== "") as [string, string][]);
  const updated = latest(
    page.flatMap((e) => [e.createdAt, e.retractedAt ?? e.createdAt, e.indicator.updatedAt, ...e.corrections.flatMap((c) => [c.createdAt, c.retractedAt ?? c.createdAt])]),
  );
  return withEtag(
    document(page.map(statusChangeJson), { pagination: { limit, next_cursor: nextCursor, next: nextCursor ? `${siteUrl()}/api/v1/status-changes?${next}` : null } }),
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
  const row = kind === "indicator" ? await db.indicator.findUnique({ where: { slug }, select: { id: true } }) : await db.prediction.findUnique({ where: { slug }, select: { id: true } });
  return row !== null;
}

/** Rows for the CSV export, oldest first, read in batches by id. */
export async function* statusChangeRows(query: Omit<StatusChangesQuery, "cursor" | "limit">, batchSize = 1000) {
  let after = 0;
  for (;;) {
    const batch = await getDb().statusChange.findMany({
      where: { AND: [statusChangeWhere(query), { id: { gt: after } }] },
      include: historyEntryInclude,
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const entry of batch) yield statusChangeJson(entry);
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1].id;
  }
}
