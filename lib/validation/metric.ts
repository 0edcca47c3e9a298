import { z } from "zod";
import { LIMITS } from "@/lib/rules/limits";
import { MAX_DECIMALS, MetricDirection, MetricUnitKind, ObservationStage } from "@/lib/rules/metrics";
import { MAX_EVIDENCE } from "@/lib/rules/evidence";
import { parsePeriod, PERIOD_FORMS } from "@/lib/rules/periods";
import { date, french, httpUrl, id, line, optionalParagraph, paragraph, position, slug, version } from "@/lib/validation/fields";
import { evidenceSchema } from "@/lib/validation/status-change";

// Metrics, their targets and their observations. A value's checks that depend on its metric
// (decimals, a percentage's range) are lib/rules/metrics.ts's valueProblem, run by the writes
// once they have read the metric; they come back as a message on the value field.

// An unchecked box sends nothing: the key is optional (a union with undefined alone does not make it so).
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .nullish()
  .transform((value) => value === "on" || value === "true");

/** A number as text, as typed; the metric's own rules are checked in the write. */
export const decimalText = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(40, `${label} must be a number, like 2.5 (a point for decimals, no thousands separators).`)
    .regex(/^[-+]?\d+(\.\d+)?$/, `${label} must be a number, like 2.5 (a point for decimals, no thousands separators).`);

export const metricSchema = z.strictObject({
  indicatorId: id,
  slug,
  title: line("Title", LIMITS.metricTitle),
  definition: paragraph("Definition", LIMITS.definition),
  unit: line("Unit", LIMITS.unit),
  titleFr: french("French title", LIMITS.metricTitle),
  definitionFr: french("French definition", LIMITS.definition, { multiline: true }),
  unitFr: french("French unit", LIMITS.unit),
  unitKind: z.enum(MetricUnitKind, { error: "Choose what kind of unit this is." }),
  decimals: z.coerce
    .number({ error: `Decimals must be a whole number from 0 to ${MAX_DECIMALS}.` })
    .int(`Decimals must be a whole number from 0 to ${MAX_DECIMALS}.`)
    .min(0, `Decimals must be a whole number from 0 to ${MAX_DECIMALS}.`)
    .max(MAX_DECIMALS, `Decimals must be a whole number from 0 to ${MAX_DECIMALS}.`),
  direction: z.enum(MetricDirection, { error: "Choose whether higher or lower is better." }),
  position: position.default(0),
});
export const createMetricSchema = metricSchema;
export const updateMetricSchema = metricSchema.extend({ id, version });

const targetFields = {
  metricId: id,
  /** The metric's version: targets are part of the metric. */
  version,
  value: decimalText("Target value"),
  dueOn: date("Due date"),
  label: line("Label", LIMITS.targetLabel),
  labelFr: french("French label", LIMITS.targetLabel),
  commitmentTitle: line("Commitment", LIMITS.commitmentTitle),
  commitmentTitleFr: french("French commitment title", LIMITS.commitmentTitle),
  commitmentUrl: httpUrl("Commitment URL"),
  committedOn: date("Commitment date", { notInFuture: true }),
};
export const createTargetSchema = z.strictObject(targetFields);
export const updateTargetSchema = z.strictObject({ ...targetFields, id });
export const deleteTargetSchema = z.strictObject({ metricId: id, version, id });

/** An observation's period as editors write it (lib/rules/periods.ts), read into its kind and dates. */
export const period = z
  .string({ error: "Period is required." })
  .trim()
  .min(1, "Period is required.")
  .max(20, `Period must be ${PERIOD_FORMS}.`)
  .transform((value, ctx) => {
    const parsed = parsePeriod(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: `Period must be ${PERIOD_FORMS}.` });
      return z.NEVER;
    }
    return parsed;
  });

const observationFields = {
  period,
  stage: z.enum(ObservationStage, { error: "Choose a stage." }),
  estimate: checkbox,
  value: decimalText("Value"),
  /** Required for a revision (checked in the write, which knows whether this is one). */
  note: optionalParagraph("Note", LIMITS.observationNote),
  noteFr: french("French note", LIMITS.observationNote, { multiline: true }),
  evidence: z
    .array(evidenceSchema, { error: "Add at least one piece of evidence." })
    .min(1, "Add at least one piece of evidence.")
    .max(MAX_EVIDENCE, `At most ${MAX_EVIDENCE} pieces of evidence.`),
};

/** Recording a value: a new one, or a revision when the period and stage already have one. */
export const recordObservationSchema = z.strictObject({ metricId: id, version, ...observationFields });

/** Correcting a published value (our mistake), with a public note. */
export const correctObservationSchema = z.strictObject({
  observationId: id,
  version,
  ...observationFields,
  correctionNote: paragraph("Correction note", LIMITS.correctionNote),
  correctionNoteFr: french("French correction note", LIMITS.correctionNote, { multiline: true }),
});

/** Retracting a published value (admins only), with a public note. */
export const retractObservationSchema = z.strictObject({
  observationId: id,
  version,
  retractionNote: paragraph("Retraction note", LIMITS.retractionNote),
  retractionNoteFr: french("French retraction note", LIMITS.retractionNote, { multiline: true }),
});

export type MetricInput = z.infer<typeof metricSchema>;
export type TargetInput = z.infer<typeof createTargetSchema>;
export type RecordObservationInput = z.infer<typeof recordObservationSchema>;
export type CorrectObservationInput = z.infer<typeof correctObservationSchema>;
export type RetractObservationInput = z.infer<typeof retractObservationSchema>;
