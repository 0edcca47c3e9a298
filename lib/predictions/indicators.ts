import "server-only";
import { cache } from "react";
import { containsText, offset } from "@/lib/predictions/admin-lists";
import { publicWrite } from "@/lib/writes/publish";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import type { Indicator, Prisma } from "@/lib/generated/prisma/client";
import { historyEntryInclude } from "@/lib/status-changes/history";
import { recordRename } from "@/lib/predictions/slug-redirects";
import type { Status } from "@/lib/rules/status";
import { isSlug } from "@/lib/validation/fields";
import type { IndicatorInput } from "@/lib/validation/indicator";
import { createRecord, updateRecord } from "@/lib/writes/records";

/** Entries an indicator's own page shows, newest first; its history pages list them all. */
export const LATEST_ENTRIES = 5;
/** Entries per page of an indicator's history (/indicators/<slug>/history/<n>). */
export const HISTORY_PAGE_SIZE = 50;

/** What the public sees of an indicator wherever it is listed: its card on the board, the open data. */
export type IndicatorSummary = Pick<
  Indicator,
  "slug" | "title" | "criteria" | "theme" | "targetOn" | "status" | "statusSince" | "lastChangeAt"
>;

/**
 * An indicator as the public sees it: the indicator, its prediction and source, the status and
 * date of each effective entry (the status-over-time strip), how many entries it has, and either
 * its newest LATEST_ENTRIES entries (its own page: `page` omitted) or page `page` of its history
 * (HISTORY_PAGE_SIZE entries, newest first). The page stays light however long the history grows:
 * each entry is about 2 KB of HTML, and the page's RSC payload repeats it (with 50 entries they were
 * 100 KB of the page's 128 KB of HTML). Null when the slug is unknown.
 */
export const getPublicIndicator = cache(async (slug: string, page?: number) => {
  if (!isSlug(slug)) return null;
  const db = getDb();
  const indicator = await db.indicator.findUnique({
    where: { slug },
    include: {
      prediction: {
        select: { slug: true, title: true, titleFr: true, source: { select: { title: true, author: true, outlet: true, url: true } } },
      },
    },
  });
  if (!indicator) return null;
  const [entries, [{ entryCount, strip }]] = await Promise.all([
    db.statusChange.findMany({
      where: { indicatorId: indicator.id },
      orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      skip: page === undefined ? 0 : (page - 1) * HISTORY_PAGE_SIZE,
      take: page === undefined ? LATEST_ENTRIES : HISTORY_PAGE_SIZE,
      include: historyEntryInclude,
    }),
    // The number of entries, and the status and date of each effective one (the strip), in one
    // round trip through the effective-entry rule's view.
    db.$queryRaw<{ entryCount: number; strip: [number, Status, string][] }[]>`
      SELECT (SELECT count(*)::int FROM status_changes WHERE indicator_id = ${indicator.id}) AS "entryCount",
             (SELECT coalesce(json_agg(json_build_array(e.id, e.to_status, e.effective_on)), '[]')
                FROM effective_status_changes e WHERE e.indicator_id = ${indicator.id}) AS strip`,
  ]);
  return {
    ...indicator,
    entries,
    entryCount,
    /** The page of the history shown, or null for the indicator's own page (its newest entries). */
    page: page ?? null,
    pageCount: Math.max(1, Math.ceil(entryCount / HISTORY_PAGE_SIZE)),
    effectiveEntries: strip.map(([id, toStatus, effectiveOn]) => ({ id, toStatus, effectiveOn: new Date(effectiveOn) })),
  };
});

/**
 * Where an entry is shown now: its indicator's own page when it is among the newest
 * LATEST_ENTRIES, otherwise the page of the history that lists it (newest first by effective
 * date, as there). Null when the indicator or the entry is unknown, or the entry is another
 * indicator's.
 */
export async function findHistoryPage(slug: string, changeId: number): Promise<{ latest: true } | { page: number } | null> {
  if (!isSlug(slug)) return null;
  const db = getDb();
  const entry = await db.statusChange.findFirst({
    where: { id: changeId, indicator: { slug } },
    select: { id: true, indicatorId: true, effectiveOn: true },
  });
  if (!entry) return null;
  const newer = await countNewerEntries(entry);
  return newer < LATEST_ENTRIES ? { latest: true } : { page: Math.floor(newer / HISTORY_PAGE_SIZE) + 1 };
}

export function getIndicator(id: number) {
  return getDb().indicator.findUnique({
    where: { id },
    include: { prediction: { select: { id: true, title: true, slug: true } }, updatedBy: { select: { name: true } } },
  });
}

export const ADMIN_INDICATORS_PAGE_SIZE = 50;
export const ADMIN_HISTORY_PAGE_SIZE = 25;

/**
 * One page of the admin's list of indicators, in board order, and how many match: title or slug
 * containing `q` (any case), of one prediction, in one status. A plain scan: a thousand indicators
 * take about a millisecond (measured on the benchmark's large set), so there is no trigram index;
 * pg_trgm (in PostgreSQL 15 and the embedded 18) is the next step if they ever number 100,000s.
 */
export async function listIndicatorsForAdmin(filter: { q?: string; predictionId?: number; status?: Status; page: number }) {
  const db = getDb();
  const where: Prisma.IndicatorWhereInput = {
    predictionId: filter.predictionId,
    status: filter.status,
    ...(filter.q && {
      OR: [
        { title: { contains: containsText(filter.q), mode: "insensitive" } },
        { slug: { contains: containsText(filter.q), mode: "insensitive" } },
      ],
    }),
  };
  const [indicators, total] = await Promise.all([
    db.indicator.findMany({
      where,
      orderBy: [{ prediction: { position: "asc" } }, { predictionId: "asc" }, { position: "asc" }, { id: "asc" }],
      skip: offset(filter.page, ADMIN_INDICATORS_PAGE_SIZE),
      take: ADMIN_INDICATORS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        statusSince: true,
        prediction: { select: { id: true, title: true } },
        updatedBy: { select: { name: true } },
      },
    }),
    db.indicator.count({ where }),
  ]);
  return { indicators, total };
}

/** One page of an indicator's history for the admin (newest first, as on its public page), and the number of entries. */
export async function listIndicatorHistoryForAdmin(indicatorId: number, page: number) {
  const db = getDb();
  const [entries, total] = await Promise.all([
    db.statusChange.findMany({
      where: { indicatorId },
      orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      skip: offset(page, ADMIN_HISTORY_PAGE_SIZE),
      take: ADMIN_HISTORY_PAGE_SIZE,
      include: historyEntryInclude,
    }),
    db.statusChange.count({ where: { indicatorId } }),
  ]);
  return { entries, total };
}

/** Which page of the admin's view of an indicator's history shows an entry; null if the entry is not the indicator's. */
export async function findAdminHistoryPage(indicatorId: number, changeId: number) {
  const entry = await getDb().statusChange.findFirst({
    where: { id: changeId, indicatorId },
    select: { id: true, indicatorId: true, effectiveOn: true },
  });
  return entry ? Math.floor((await countNewerEntries(entry)) / ADMIN_HISTORY_PAGE_SIZE) + 1 : null;
}

/** How many entries of its indicator's history come before an entry, newest first. */
function countNewerEntries(entry: { id: number; indicatorId: number; effectiveOn: Date }) {
  return getDb().statusChange.count({
    where: {
      indicatorId: entry.indicatorId,
      OR: [{ effectiveOn: { gt: entry.effectiveOn } }, { effectiveOn: entry.effectiveOn, id: { gt: entry.id } }],
    },
  });
}

export async function createIndicator(input: IndicatorInput, userId: number) {
  return publicWrite(async (tx) => {
    await assertPredictionExists(tx, input.predictionId);
    return createRecord(tx, "indicator", input, userId);
  });
}

/** Edits what an indicator is (criteria, theme, target, order); its status changes only through status changes. */
export async function updateIndicator(id: number, version: number, input: IndicatorInput, userId: number) {
  return publicWrite(async (tx) => {
    await assertPredictionExists(tx, input.predictionId);
    const { before, after } = await updateRecord(tx, "indicator", { id, version, data: input, userId }, async (before) => {
      // What counts as achieved is fixed before the first rating (see /methodology): moving the
      // goalposts afterwards would rewrite what every rating was measured against.
      if (before && before.criteria !== input.criteria) {
        const entries = await tx.statusChange.count({ where: { indicatorId: id } });
        if (entries > 0) {
          throw new RuleError(
            `What counts as achieved is fixed once an indicator has been rated, and this one has ${entries} entr${entries === 1 ? "y" : "ies"} in its history. To measure against other criteria, track a new indicator.`,
            "criteria",
          );
        }
      }
    });
    if (before) await recordRename(tx, "indicator", before.slug, after.slug, id);
    return after;
  });
}

async function assertPredictionExists(tx: Prisma.TransactionClient, predictionId: number) {
  if (!(await tx.prediction.findUnique({ where: { id: predictionId }, select: { id: true } }))) {
    throw new RuleError("Choose an existing prediction.", "predictionId");
  }
}
