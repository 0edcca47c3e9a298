import "server-only";
import { getDb } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeObservation, valueProblem } from "@/lib/rules/metrics";
import { labels } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import { currentLocale, errorText, fieldText, type ErrorKey } from "@/lib/i18n/localized";
import { todayIso } from "@/lib/text/dates";
import type { EvidenceInput } from "@/lib/validation/status-change";
import type { CorrectObservationInput, RecordObservationInput, RetractObservationInput } from "@/lib/validation/metric";
import { appendAudit } from "@/lib/writes/audit";
import { publicWrite } from "@/lib/writes/publish";
import { updateAtVersion } from "@/lib/writes/versioning";

// Writes of observations, with the editorial rules of status changes: one transaction that claims
// the metric's version (refusing a stale form and serialising writers), writes the row and its
// evidence, and appends the audit row. Nothing is deleted:
//  - a value for a period and stage that already has one is a revision (the source revised its
//    figure): a new row naming the one it replaces, with a note saying what changed;
//  - a correction (our mistake) is a new row naming the one it replaces, with a public note;
//  - a retraction (admins) marks the row with a public note; it stops counting.
// Which rows count is observations.effective, kept by a trigger in the same transaction and read
// through the effective_observations view (prisma/migrations/20261201110000_…).

type Tx = Prisma.TransactionClient;

export const observationInclude = {
  evidence: { orderBy: { position: "asc" } },
  author: { select: { name: true } },
  retractedBy: { select: { name: true } },
  corrections: { select: { id: true, retractedAt: true } },
  revisions: { select: { id: true, retractedAt: true } },
} satisfies Prisma.ObservationInclude;

const evidenceRows = (evidence: EvidenceInput[]) => ({ create: evidence.map((item, position) => ({ ...item, position })) });

type Values = Pick<RecordObservationInput, "period" | "stage" | "value" | "estimate">;
type MetricUnit = { unit: string; unitKind: "PERCENT" | "CURRENCY" | "COUNT" | "OTHER"; decimals: number };

/** The metric's own rules for a value, and a delivered value's period must have begun. */
function checkValues(input: Values & { note: string | null; noteFr?: string | null }, metric: MetricUnit) {
  if (input.noteFr && !input.note) throw new RuleError(errorText("frenchNoteNeedsNote"), "noteFr");
  const problem = valueProblem(input.value, metric);
  if (problem) throw new RuleError(fieldText(problem.key, "value", problem.values), "value");
  if (input.stage === "DELIVERED" && input.period.start.toISOString().slice(0, 10) > todayIso()) {
    throw new RuleError(errorText("deliveredNotBegun", { period: input.period.label }), "period");
  }
}

/** "pledged": a stage as a message names it, in the editor's language. */
const stageWord = (stage: Values["stage"], locale: Locale) => labels(locale).stage[stage].label.toLowerCase();

const periodData = (input: Values) => ({
  periodKind: input.period.kind,
  periodLabel: input.period.label,
  periodStart: input.period.start,
  periodEnd: input.period.end,
  stage: input.stage,
  estimate: input.estimate,
  value: input.value,
});

/** The value that counts now for a metric's period and stage, if any (leaving out `exclude`). */
function currentFor(tx: Tx, metricId: number, input: Values, exclude = 0) {
  return tx.observation.findFirst({
    where: {
      metricId,
      periodKind: input.period.kind,
      periodStart: input.period.start,
      stage: input.stage,
      effective: true,
      id: { not: exclude },
    },
    orderBy: { id: "desc" },
  });
}

async function loadMetric(tx: Tx, metricId: number) {
  const metric = await tx.metric.findUnique({ where: { id: metricId } });
  if (!metric) throw new NotFoundError(errorText("metricGone"));
  return metric;
}

const asNumber = (value: Prisma.Decimal | number) => Number(value);

/**
 * Records a value with its evidence. When its period and stage already have a value, it is a
 * revision of that value and needs a note.
 */
export async function recordObservation(input: RecordObservationInput, userId: number) {
  return publicWrite(async (tx) => {
    const metric = await loadMetric(tx, input.metricId);
    checkValues(input, metric);
    await updateAtVersion(tx, "metric", metric.id, input.version, userId);
    const replaced = await currentFor(tx, metric.id, input);
    if (replaced && !input.note) {
      const locale = currentLocale();
      const current = describeObservation({ ...replaced, value: asNumber(replaced.value) }, metric, locale);
      throw new RuleError(
        errorText("revisionNeedsNote", { period: input.period.label, stage: stageWord(input.stage, locale), current }),
        "note",
      );
    }
    const observation = await tx.observation.create({
      data: {
        metricId: metric.id,
        ...periodData(input),
        note: input.note,
        noteFr: input.noteFr,
        revisesId: replaced?.id ?? null,
        authorId: userId,
        evidence: evidenceRows(input.evidence),
      },
      include: { evidence: { orderBy: { position: "asc" } } },
    });
    await appendAudit(tx, {
      userId,
      action: replaced ? "observation.revise" : "observation.record",
      entityType: "observation",
      entityId: observation.id,
      before: replaced ?? undefined,
      after: observation,
    });
    return { observation, revised: replaced, metric };
  });
}

/**
 * For a correction or retraction: claims the metric's version, then reads the observation again
 * under that lock, refusing a retracted one.
 */
async function claimObservation(tx: Tx, observationId: number, version: number, userId: number, refusal: ErrorKey) {
  const first = await tx.observation.findUnique({ where: { id: observationId }, select: { metricId: true } });
  if (!first) throw new NotFoundError(errorText("valueGone"));
  await updateAtVersion(tx, "metric", first.metricId, version, userId);
  const observation = await tx.observation.findUniqueOrThrow({
    where: { id: observationId },
    include: { ...observationInclude, metric: true },
  });
  if (observation.retractedAt) throw new RuleError(errorText(refusal));
  return observation;
}

/** Publishes a correction of a value: a new row that replaces it, with a public note. */
export async function correctObservation(input: CorrectObservationInput, userId: number) {
  return publicWrite(async (tx) => {
    const original = await claimObservation(tx, input.observationId, input.version, userId, "retractedValueCorrect");
    checkValues(input, original.metric);
    const standing = [...original.corrections, ...original.revisions].find((entry) => !entry.retractedAt);
    if (standing) throw new RuleError(errorText("valueReplaced", { id: standing.id }));
    const other = await currentFor(tx, original.metricId, input, original.id);
    if (other) {
      throw new RuleError(
        errorText("periodTaken", { period: input.period.label, stage: stageWord(input.stage, currentLocale()), id: other.id }),
        "period",
      );
    }
    const correction = await tx.observation.create({
      data: {
        metricId: original.metricId,
        ...periodData(input),
        note: input.note,
        noteFr: input.noteFr,
        correctsId: original.id,
        correctionNote: input.correctionNote,
        correctionNoteFr: input.correctionNoteFr,
        authorId: userId,
        evidence: evidenceRows(input.evidence),
      },
      include: { evidence: { orderBy: { position: "asc" } } },
    });
    const { metric, ...before } = original;
    await appendAudit(tx, {
      userId,
      action: "observation.correct",
      entityType: "observation",
      entityId: original.id,
      before,
      after: correction,
    });
    return { correction, original: before, metric };
  });
}

/** Retracts a value (admins only): it stays, marked retracted, and stops counting. */
export async function retractObservation(input: RetractObservationInput, userId: number) {
  return publicWrite(async (tx) => {
    const original = await claimObservation(tx, input.observationId, input.version, userId, "valueAlreadyRetracted");
    // Only the value that counts can be retracted: retracting one already replaced would let it and
    // the value replacing it count side by side, as two values for one period and stage.
    const standing = [...original.corrections, ...original.revisions].find((entry) => !entry.retractedAt);
    if (standing) {
      throw new RuleError(errorText("valueReplacedRetract", { id: standing.id }));
    }
    const retracted = await tx.observation.update({
      where: { id: original.id },
      data: {
        retractedAt: new Date(),
        retractedById: userId,
        retractionNote: input.retractionNote,
        retractionNoteFr: input.retractionNoteFr,
      },
    });
    const { metric, ...before } = original;
    await appendAudit(tx, {
      userId,
      action: "observation.retract",
      entityType: "observation",
      entityId: original.id,
      before,
      after: retracted,
    });
    return { observation: retracted, metric };
  });
}

/** An observation with what the correction and retraction forms and its public address need. */
export function getObservation(id: number) {
  return getDb().observation.findUnique({
    where: { id },
    include: {
      ...observationInclude,
      metric: { include: { indicator: { select: { id: true, slug: true, title: true } } } },
      revises: { select: { id: true, value: true, periodLabel: true, stage: true, estimate: true } },
      corrects: { select: { id: true, value: true, periodLabel: true, stage: true, estimate: true } },
    },
  });
}
