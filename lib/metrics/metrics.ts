import "server-only";
import { getDb } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { errorText, fieldText } from "@/lib/i18n/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
import { valueProblem } from "@/lib/rules/metrics";
import type { MetricInput, TargetInput } from "@/lib/validation/metric";
import { appendAudit } from "@/lib/writes/audit";
import { publicWrite } from "@/lib/writes/publish";
import { createRecord, updateRecord } from "@/lib/writes/records";
import { updateAtVersion } from "@/lib/writes/versioning";

// Writes of metrics and their targets. A target is part of its metric: adding, editing or removing
// one claims the metric's version, so two editors cannot overwrite each other's targets.

type Tx = Prisma.TransactionClient;

async function assertIndicatorExists(tx: Tx, indicatorId: number) {
  if (!(await tx.indicator.findUnique({ where: { id: indicatorId }, select: { id: true } }))) {
    throw new RuleError(errorText("chooseIndicator"), "indicatorId");
  }
}

export async function createMetric(input: MetricInput, userId: number) {
  return publicWrite(async (tx) => {
    await assertIndicatorExists(tx, input.indicatorId);
    return createRecord(tx, "metric", input, userId);
  });
}

/**
 * Edits what a metric is. Its address (slug) and its unit are fixed once a value is recorded: the
 * address is in feeds and links, and recorded values were measured in that unit.
 */
export async function updateMetric(id: number, version: number, input: MetricInput, userId: number) {
  return publicWrite(async (tx) => {
    await assertIndicatorExists(tx, input.indicatorId);
    const { after } = await updateRecord(tx, "metric", { id, version, data: input, userId }, async (before) => {
      if (!before) return;
      if (before.indicatorId !== input.indicatorId) throw new RuleError(errorText("metricStays"), "indicatorId");
      const recorded = await tx.observation.count({ where: { metricId: id } });
      if (recorded === 0) return;
      if (before.slug !== input.slug) throw new RuleError(errorText("addressFixed", { count: recorded }), "slug");
      if (before.unit !== input.unit || before.unitKind !== input.unitKind)
        throw new RuleError(errorText("unitFixed", { count: recorded }), "unit");
      if (before.decimals > input.decimals) throw new RuleError(errorText("decimalsGrow"), "decimals");
    });
    return after;
  });
}

async function loadMetric(tx: Tx, metricId: number) {
  const metric = await tx.metric.findUnique({ where: { id: metricId } });
  if (!metric) throw new NotFoundError(errorText("metricGone"));
  return metric;
}

function checkTarget(input: TargetInput, metric: { unit: string; unitKind: "PERCENT" | "CURRENCY" | "COUNT" | "OTHER"; decimals: number }) {
  const problem = valueProblem(input.value, metric);
  if (problem) throw new RuleError(fieldText(problem.key, "targetValue", problem.values), "value");
  if (input.dueOn < input.committedOn) throw new RuleError(errorText("dueBeforeCommitment"), "dueOn");
}

const targetData = (input: TargetInput) => ({
  value: input.value,
  dueOn: input.dueOn,
  label: input.label,
  labelFr: input.labelFr,
  commitmentTitle: input.commitmentTitle,
  commitmentTitleFr: input.commitmentTitleFr,
  commitmentUrl: input.commitmentUrl,
  committedOn: input.committedOn,
});

export async function createTarget(input: TargetInput, userId: number) {
  return publicWrite(async (tx) => {
    const metric = await loadMetric(tx, input.metricId);
    checkTarget(input, metric);
    await updateAtVersion(tx, "metric", metric.id, input.version, userId);
    const target = await tx.metricTarget.create({ data: { metricId: metric.id, ...targetData(input) } });
    await appendAudit(tx, { userId, action: "metric_target.create", entityType: "metric_target", entityId: target.id, after: target });
    return target;
  });
}

export async function updateTarget(input: TargetInput & { id: number }, userId: number) {
  return publicWrite(async (tx) => {
    const metric = await loadMetric(tx, input.metricId);
    checkTarget(input, metric);
    await updateAtVersion(tx, "metric", metric.id, input.version, userId);
    const before = await tx.metricTarget.findFirst({ where: { id: input.id, metricId: metric.id } });
    if (!before) throw new NotFoundError(errorText("targetGone"));
    const after = await tx.metricTarget.update({ where: { id: before.id }, data: targetData(input) });
    await appendAudit(tx, { userId, action: "metric_target.update", entityType: "metric_target", entityId: after.id, before, after });
    return after;
  });
}

/** Removes a target entered by mistake; the audit trail keeps what it was. */
export async function deleteTarget(input: { metricId: number; version: number; id: number }, userId: number) {
  return publicWrite(async (tx) => {
    const metric = await loadMetric(tx, input.metricId);
    await updateAtVersion(tx, "metric", metric.id, input.version, userId);
    const before = await tx.metricTarget.findFirst({ where: { id: input.id, metricId: metric.id } });
    if (!before) throw new NotFoundError(errorText("targetGone"));
    await tx.metricTarget.delete({ where: { id: before.id } });
    await appendAudit(tx, { userId, action: "metric_target.delete", entityType: "metric_target", entityId: before.id, before });
    return before;
  });
}

/** A metric with its indicator and targets, for the admin's forms. */
export function getMetricForAdmin(id: number) {
  return getDb().metric.findUnique({
    where: { id },
    include: {
      indicator: { select: { id: true, slug: true, title: true } },
      targets: { orderBy: [{ dueOn: "asc" }, { id: "asc" }] },
      updatedBy: { select: { name: true } },
    },
  });
}
