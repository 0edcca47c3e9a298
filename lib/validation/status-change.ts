import { z } from "zod";
import { EvidenceKind, MAX_EVIDENCE } from "@/lib/rules/evidence";
import { Status } from "@/lib/rules/status";
import { date, french, httpUrl, ruleError, id, line, optionalParagraph, paragraph, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const evidenceSchema = z.strictObject({
  url: httpUrl("evidenceUrl"),
  title: line("evidenceTitle", LIMITS.evidenceTitle),
  titleFr: french("frenchEvidenceTitle", LIMITS.evidenceTitle),
  publisher: line("publisher", LIMITS.publisher),
  publishedOn: date("evidenceDate", { notInFuture: true }),
  quote: optionalParagraph("quote", LIMITS.quote),
  kind: z.enum(EvidenceKind, ruleError("chooseEvidenceKind")),
});

const changeFields = {
  toStatus: z.enum(Status, ruleError("chooseStatus")),
  effectiveOn: date("effectiveDate", { notInFuture: true }),
  summary: paragraph("summary", LIMITS.summary),
  summaryFr: french("frenchSummary", LIMITS.summary, { multiline: true }),
  evidence: z
    .array(evidenceSchema, ruleError("evidenceMin"))
    .min(1, ruleError("evidenceMin"))
    .max(MAX_EVIDENCE, ruleError("evidenceMax", { max: MAX_EVIDENCE })),
};

/** Recording a status change (or an update with the same status) on an indicator. */
export const recordStatusChangeSchema = z.strictObject({ indicatorId: id, version, ...changeFields });

/** Correcting a published change: the corrected content and a public note. */
export const correctStatusChangeSchema = z.strictObject({
  changeId: id,
  version,
  ...changeFields,
  correctionNote: paragraph("correctionNote", LIMITS.correctionNote),
  correctionNoteFr: french("frenchCorrectionNote", LIMITS.correctionNote, { multiline: true }),
});

/** Retracting a published change (admins only), with a public note. */
export const retractStatusChangeSchema = z.strictObject({
  changeId: id,
  version,
  retractionNote: paragraph("retractionNote", LIMITS.retractionNote),
  retractionNoteFr: french("frenchRetractionNote", LIMITS.retractionNote, { multiline: true }),
});

export type RecordStatusChangeInput = z.infer<typeof recordStatusChangeSchema>;
export type CorrectStatusChangeInput = z.infer<typeof correctStatusChangeSchema>;
export type RetractStatusChangeInput = z.infer<typeof retractStatusChangeSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
