import "server-only";
import type { Indicator, Metric, Prediction, Prisma, Source } from "@/lib/generated/prisma/client";
import type { IndicatorInput } from "@/lib/validation/indicator";
import type { MetricInput } from "@/lib/validation/metric";
import type { PredictionInput } from "@/lib/validation/prediction";
import type { SourceInput } from "@/lib/validation/source";
import { appendAudit } from "@/lib/writes/audit";
import { updateAtVersion, type VersionedKind } from "@/lib/writes/versioning";

// Creating and editing a source, a prediction, an indicator or a metric, inside the caller's transaction
// (publicWrite): the record and its audit row, an edit only if nobody saved since the form was
// opened. What is the entity's own (the record it must cite, its renames) stays in its module.

type Tx = Prisma.TransactionClient;
type Records = { source: Source; prediction: Prediction; indicator: Indicator; metric: Metric };
/** What each kind's form gives, once validated. */
type Inputs = { source: SourceInput; prediction: PredictionInput; indicator: IndicatorInput; metric: MetricInput };

// What these writes need of the models' Prisma delegates, which all have it.
type RecordModel<Row> = {
  create(args: { data: object }): Promise<Row>;
  findUnique(args: { where: { id: number } }): Promise<Row | null>;
  findUniqueOrThrow(args: { where: { id: number } }): Promise<Row>;
};
const model = <K extends VersionedKind>(tx: Tx, kind: K) => tx[kind] as unknown as RecordModel<Records[K]>;

export async function createRecord<K extends VersionedKind>(tx: Tx, kind: K, data: Inputs[K], userId: number): Promise<Records[K]> {
  const record = await model(tx, kind).create({ data: { ...data, updatedById: userId } });
  await appendAudit(tx, { userId, action: `${kind}.create`, entityType: kind, entityId: record.id, after: record });
  return record;
}

/**
 * Edits a record at the version the form was based on (updateAtVersion). `check` is the entity's
 * own rule, given the record as it was, run before anything is written.
 */
export async function updateRecord<K extends VersionedKind>(
  tx: Tx,
  kind: K,
  { id, version, data, userId }: { id: number; version: number; data: Inputs[K]; userId: number },
  check?: (before: Records[K] | null) => Promise<void>,
): Promise<{ before: Records[K] | null; after: Records[K] }> {
  const before = await model(tx, kind).findUnique({ where: { id } });
  await check?.(before);
  await updateAtVersion(tx, kind, id, version, userId, data);
  const after = await model(tx, kind).findUniqueOrThrow({ where: { id } });
  await appendAudit(tx, { userId, action: `${kind}.update`, entityType: kind, entityId: id, before, after });
  return { before, after };
}
