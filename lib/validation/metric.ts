import { z } from "zod";
import { LIMITS } from "@/lib/rules/limits";
import { MAX_DECIMALS, MetricDirection, MetricUnitKind, ObservationStage } from "@/lib/rules/metrics";
import { MAX_EVIDENCE } from "@/lib/rules/evidence";
import { parsePeriod } from "@/lib/rules/periods";
import { errorText, type FieldLabel } from "@/lib/i18n/localized";
import {
  date,
  fieldError,
  french,
  httpUrl,
  ruleError,
  id,
  line,
  optionalParagraph,
  paragraph,
  position,
  slug,
  version,
} from "@/lib/validation/fields";
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
export const decimalText = (label: FieldLabel) =>
  z
    .string(fieldError("required", label))
    .trim()
    .min(1, fieldError("required", label))
    .max(40, fieldError("number", label))
    .regex(/^[-+]?\d+(\.\d+)?$/, fieldError("number", label));

export const metricSchema = z.strictObject({
  indicatorId: id,
  slug,
  title: line("title", LIMITS.metricTitle),
  definition: paragraph("definition", LIMITS.definition),
  unit: line("unit", LIMITS.unit),
  titleFr: french("frenchTitle", LIMITS.metricTitle),
  definitionFr: french("frenchDefinition", LIMITS.definition, { multiline: true }),
  unitFr: french("frenchUnit", LIMITS.unit),
  unitKind: z.enum(MetricUnitKind, ruleError("chooseUnitKind")),
  decimals: z.coerce
    .number(ruleError("decimals", { max: MAX_DECIMALS }))
    .int(ruleError("decimals", { max: MAX_DECIMALS }))
    .min(0, ruleError("decimals", { max: MAX_DECIMALS }))
    .max(MAX_DECIMALS, ruleError("decimals", { max: MAX_DECIMALS })),
  direction: z.enum(MetricDirection, ruleError("chooseDirection")),
  position: position.default(0),
});
export const createMetricSchema = metricSchema;
export const updateMetricSchema = metricSchema.extend({ id, version });

const targetFields = {
  metricId: id,
  /** The metric's version: targets are part of the metric. */
  version,
  value: decimalText("targetValue"),
  dueOn: date("dueDate"),
  label: line("label", LIMITS.targetLabel),
  labelFr: french("frenchLabel", LIMITS.targetLabel),
  commitmentTitle: line("commitment", LIMITS.commitmentTitle),
  commitmentTitleFr: french("frenchCommitmentTitle", LIMITS.commitmentTitle),
  commitmentUrl: httpUrl("commitmentUrl"),
  committedOn: date("commitmentDate", { notInFuture: true }),
};
export const createTargetSchema = z.strictObject(targetFields);
export const updateTargetSchema = z.strictObject({ ...targetFields, id });
export const deleteTargetSchema = z.strictObject({ metricId: id, version, id });

/** An observation's period as editors write it (lib/rules/periods.ts), read into its kind and dates. */
export const period = z
  .string(fieldError("required", "period"))
  .trim()
  .min(1, fieldError("required", "period"))
  .max(20, ruleError("period"))
  .transform((value, ctx) => {
    const parsed = parsePeriod(value);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: errorText("period") });
      return z.NEVER;
    }
    return parsed;
  });

const observationFields = {
  period,
  stage: z.enum(ObservationStage, ruleError("chooseStage")),
  estimate: checkbox,
  value: decimalText("value"),
  /** Required for a revision (checked in the write, which knows whether this is one). */
  note: optionalParagraph("note", LIMITS.observationNote),
  noteFr: french("frenchNote", LIMITS.observationNote, { multiline: true }),
  evidence: z
    .array(evidenceSchema, ruleError("evidenceMin"))
    .min(1, ruleError("evidenceMin"))
    .max(MAX_EVIDENCE, ruleError("evidenceMax", { max: MAX_EVIDENCE })),
};

/** Recording a value: a new one, or a revision when the period and stage already have one. */
export const recordObservationSchema = z.strictObject({ metricId: id, version, ...observationFields });

/** Correcting a published value (our mistake), with a public note. */
export const correctObservationSchema = z.strictObject({
  observationId: id,
  version,
  ...observationFields,
  correctionNote: paragraph("correctionNote", LIMITS.correctionNote),
  correctionNoteFr: french("frenchCorrectionNote", LIMITS.correctionNote, { multiline: true }),
});

/** Retracting a published value (admins only), with a public note. */
export const retractObservationSchema = z.strictObject({
  observationId: id,
  version,
  retractionNote: paragraph("retractionNote", LIMITS.retractionNote),
  retractionNoteFr: french("frenchRetractionNote", LIMITS.retractionNote, { multiline: true }),
});

export type MetricInput = z.infer<typeof metricSchema>;
export type TargetInput = z.infer<typeof createTargetSchema>;
export type RecordObservationInput = z.infer<typeof recordObservationSchema>;
export type CorrectObservationInput = z.infer<typeof correctObservationSchema>;
export type RetractObservationInput = z.infer<typeof retractObservationSchema>;
