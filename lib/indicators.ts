import "server-only";
import { cache } from "react";
import { appendAudit } from "@/lib/audit";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IndicatorInput } from "@/lib/validation/indicator";
import { staleWriteError, updatedBySelect } from "@/lib/versioning";

/** What a timeline entry shows (components/timeline.tsx). */
export const timelineInclude = {
  author: { select: { name: true } },
  retractedBy: { select: { name: true } },
  evidence: { orderBy: { position: "asc" } },
  corrections: { select: { id: true, retractedAt: true } },
} satisfies Prisma.StatusChangeInclude;

/** An indicator's public page: the indicator, its prediction and source, its whole history newest first. */
export const getPublicIndicator = cache((slug: string) =>
  getDb().indicator.findUnique({
    where: { slug },
    include: {
      prediction: { select: { slug: true, title: true, source: { select: { title: true, author: true, outlet: true, url: true } } } },
      statusChanges: { orderBy: [{ effectiveOn: "desc" }, { id: "desc" }], include: timelineInclude },
    },
  }),
);

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
      statusChanges: { orderBy: [{ effectiveOn: "desc" }, { id: "desc" }], include: timelineInclude },
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
    const { count } = await tx.indicator.updateMany({
      where: { id, version },
      data: { ...input, version: { increment: 1 }, updatedById: userId },
    });
    if (count === 0) throw staleWriteError("indicator", await tx.indicator.findUnique({ where: { id }, select: updatedBySelect }));
    const after = await tx.indicator.findUniqueOrThrow({ where: { id } });
    await appendAudit(tx, { userId, action: "indicator.update", entityType: "indicator", entityId: id, before, after });
    return after;
  });
}
