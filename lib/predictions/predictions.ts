import "server-only";
import { cache } from "react";
import { containsText, offset } from "@/lib/predictions/admin-lists";
import { publicWrite } from "@/lib/writes/publish";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordRename } from "@/lib/predictions/slug-redirects";
import { isSlug } from "@/lib/validation/fields";
import type { PredictionInput } from "@/lib/validation/prediction";
import { createRecord, updateRecord } from "@/lib/writes/records";
import { computeVerdict, explainVerdict, isOverdue } from "@/lib/rules/status";
import { todayIso } from "@/lib/text/dates";

const boardInclude = {
  source: true,
  indicators: { orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.PredictionInclude;

/** Every prediction with its source and indicators, in board order. */
export async function listPredictionsForBoard() {
  return getDb().prediction.findMany({
    include: boardInclude,
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

/** A prediction's public page: its source, its indicators, the verdict and how it was reached. */
export const getPublicPrediction = cache(async (slug: string, now: Date = new Date()) => {
  if (!isSlug(slug)) return null;
  const prediction = await getDb().prediction.findUnique({ where: { slug }, include: boardInclude });
  if (!prediction) return null;
  const today = todayIso(now);
  const indicators = prediction.indicators.map((indicator) => ({ ...indicator, overdue: isOverdue(indicator, today) }));
  return {
    ...prediction,
    indicators,
    verdict: computeVerdict(prediction, today),
    steps: explainVerdict(prediction, today),
  };
});

/** A prediction's slug and title (for feed links), or null. */
export function getPredictionTitle(slug: string) {
  if (!isSlug(slug)) return Promise.resolve(null);
  return getDb().prediction.findUnique({ where: { slug }, select: { slug: true, title: true, titleFr: true } });
}

export const ADMIN_PREDICTIONS_PAGE_SIZE = 25;

/** One page of the admin's list of predictions, in board order, with their source and number of indicators; title or slug containing `q` (any case). */
export async function listPredictionsForAdmin(filter: { q?: string; page: number }) {
  const db = getDb();
  const where: Prisma.PredictionWhereInput = filter.q
    ? {
        OR: [
          { title: { contains: containsText(filter.q), mode: "insensitive" } },
          { slug: { contains: containsText(filter.q), mode: "insensitive" } },
        ],
      }
    : {};
  const [predictions, total] = await Promise.all([
    db.prediction.findMany({
      where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      skip: offset(filter.page, ADMIN_PREDICTIONS_PAGE_SIZE),
      take: ADMIN_PREDICTIONS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        source: { select: { title: true, outlet: true } },
        _count: { select: { indicators: true } },
      },
    }),
    db.prediction.count({ where }),
  ]);
  return { predictions, total };
}

/**
 * Every prediction's id and title, for the admin's choosers (the indicator form, the filter on
 * /admin). Predictions are few (each is an article's claim, added by hand): 50 take about 3 KB.
 */
export function listPredictionOptions() {
  return getDb().prediction.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true } });
}

export function getPrediction(id: number) {
  return getDb().prediction.findUnique({ where: { id } });
}

export async function createPrediction(input: PredictionInput, userId: number) {
  return publicWrite(async (tx) => {
    await assertSourceExists(tx, input.sourceId);
    return createRecord(tx, "prediction", input, userId);
  });
}

export async function updatePrediction(id: number, version: number, input: PredictionInput, userId: number) {
  return publicWrite(async (tx) => {
    await assertSourceExists(tx, input.sourceId);
    const { before, after } = await updateRecord(tx, "prediction", { id, version, data: input, userId });
    if (before) await recordRename(tx, "prediction", before.slug, after.slug, id);
    return after;
  });
}

async function assertSourceExists(tx: Prisma.TransactionClient, sourceId: number) {
  if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) {
    throw new RuleError("Choose an existing source.", "sourceId");
  }
}
