import "server-only";
import { cache } from "react";
import { appendAudit } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { historyEntryInclude } from "@/lib/history";
import { recordRename } from "@/lib/slug-redirects";
import { isSlug } from "@/lib/validation/fields";
import type { IndicatorInput } from "@/lib/validation/indicator";
import { staleWriteError, updatedBySelect } from "@/lib/versioning";

export const HISTORY_PAGE_SIZE = 50;

/**
 * An indicator's public page: the indicator, its prediction and source, one page of its history
 * (newest first, HISTORY_PAGE_SIZE entries), and the status and date of every entry for the
 * status-over-time strip. Null when the slug is unknown.
 */
export const getPublicIndicator = cache(async (slug: string, page = 1) => {
  if (!isSlug(slug)) return null;
  const db = getDb();
  const indicator = await db.indicator.findUnique({
    where: { slug },
    include: { prediction: { select: { slug: true, title: true, source: { select: { title: true, author: true, outlet: true, url: true } } } } },
  });
  if (!indicator) return null;
  const [entries, entryCount, strip] = await Promise.all([
    db.statusChange.findMany({
      where: { indicatorId: indicator.id },
      orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      include: historyEntryInclude,
    }),
    db.statusChange.count({ where: { indicatorId: indicator.id } }),
    db.statusChange.findMany({
      where: { indicatorId: indicator.id, retractedAt: null },
      select: { id: true, toStatus: true, effectiveOn: true, retractedAt: true, corrections: { select: { id: true, retractedAt: true } } },
    }),
  ]);
  return { ...indicator, entries, entryCount, page, pageCount: Math.max(1, Math.ceil(entryCount / HISTORY_PAGE_SIZE)), strip };
});

/**
 * Which page of its indicator's history shows an entry (pages are newest first by effective date,
 * as on the indicator's page). Null when the indicator or the entry is unknown, or the entry is
 * another indicator's.
 */
export async function findHistoryPage(slug: string, changeId: number) {
  if (!isSlug(slug)) return null;
  const db = getDb();
  const entry = await db.statusChange.findFirst({
    where: { id: changeId, indicator: { slug } },
    select: { id: true, indicatorId: true, effectiveOn: true },
  });
  if (!entry) return null;
  const newer = await db.statusChange.count({
    where: {
      indicatorId: entry.indicatorId,
      OR: [{ effectiveOn: { gt: entry.effectiveOn } }, { effectiveOn: entry.effectiveOn, id: { gt: entry.id } }],
    },
  });
  return Math.floor(newer / HISTORY_PAGE_SIZE) + 1;
}

export function getIndicator(id: number) {
  return getDb().indicator.findUnique({
    where: { id },
    include: { prediction: { select: { id: true, title: true, slug: true } }, updatedBy: { select: { name: true } } },
  });
}

/** The indicator with its whole history, newest first, for the admin. */
export function getIndicatorWithHistory(id: number) {
  return getDb().indicator.findUnique({
    where: { id },
    include: {
      prediction: { select: { id: true, title: true, slug: true } },
      updatedBy: { select: { name: true } },
      statusChanges: { orderBy: [{ effectiveOn: "desc" }, { id: "desc" }], include: historyEntryInclude },
    },
  });
}

export async function createIndicator(input: IndicatorInput, userId: number) {
  return getDb().$transaction(async (tx) => {
    if (!(await tx.prediction.findUnique({ where: { id: input.predictionId }, select: { id: true } }))) {
      throw new RuleError("Choose an existing prediction.", "predictionId");
    }
    const indicator = await tx.indicator.create({ data: { ...input, updatedById: userId } });
    await appendAudit(tx, { userId, action: "indicator.create", entityType: "indicator", entityId: indicator.id, after: indicator });
    return indicator;
  });
}

/** Edits what an indicator is (criteria, theme, target, order); its status changes only through status changes. */
export async function updateIndicator(id: number, version: number, input: IndicatorInput, userId: number) {
  return getDb().$transaction(async (tx) => {
    if (!(await tx.prediction.findUnique({ where: { id: input.predictionId }, select: { id: true } }))) {
      throw new RuleError("Choose an existing prediction.", "predictionId");
    }
    const before = await tx.indicator.findUnique({ where: { id } });
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
    const { count } = await tx.indicator.updateMany({
      where: { id, version },
      data: { ...input, version: { increment: 1 }, updatedById: userId },
    });
    if (count === 0) throw staleWriteError("indicator", await tx.indicator.findUnique({ where: { id }, select: updatedBySelect }));
    const after = await tx.indicator.findUniqueOrThrow({ where: { id } });
    if (before) await recordRename(tx, "indicator", before.slug, after.slug, id);
    await appendAudit(tx, { userId, action: "indicator.update", entityType: "indicator", entityId: id, before, after });
    return after;
  });
}
