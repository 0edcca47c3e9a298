import { z } from "zod";
import { EvidenceKind, MAX_EVIDENCE } from "@/lib/rules/evidence";
import { Status } from "@/lib/rules/status";
import { date, french, httpUrl, id, line, optionalParagraph, paragraph, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const evidenceSchema = z.strictObject({
  url: httpUrl("Evidence URL"),
  title: line("Evidence title", LIMITS.evidenceTitle),
  titleFr: french("French evidence title", LIMITS.evidenceTitle),
  publisher: line("Publisher", LIMITS.publisher),
  publishedOn: date("Evidence date", { notInFuture: true }),
  quote: optionalParagraph("Quote", LIMITS.quote),
  kind: z.enum(EvidenceKind, { error: "Choose what kind of evidence this is." }),
});

const changeFields = {
  toStatus: z.enum(Status, { error: "Choose a status." }),
  effectiveOn: date("Effective date", { notInFuture: true }),
  summary: paragraph("Summary", LIMITS.summary),
  summaryFr: french("French summary", LIMITS.summary, { multiline: true }),
  evidence: z
    .array(evidenceSchema, { error: "Add at least one piece of evidence." })
    .min(1, "Add at least one piece of evidence.")
    .max(MAX_EVIDENCE, `At most ${MAX_EVIDENCE} pieces of evidence.`),
};

/** Recording a status change (or an update with the same status) on an indicator. */
export const recordStatusChangeSchema = z.strictObject({ indicatorId: id, version, ...changeFields });

/** Correcting a published change: the corrected content and a public note. */
export const correctStatusChangeSchema = z.strictObject({
  changeId: id,
  version,
  ...changeFields,
  correctionNote: paragraph("Correction note", LIMITS.correctionNote),
  correctionNoteFr: french("French correction note", LIMITS.correctionNote, { multiline: true }),
});

/** Retracting a published change (admins only), with a public note. */
export const retractStatusChangeSchema = z.strictObject({
  changeId: id,
  version,
  retractionNote: paragraph("Retraction note", LIMITS.retractionNote),
  retractionNoteFr: french("French retraction note", LIMITS.retractionNote, { multiline: true }),
});

export type RecordStatusChangeInput = z.infer<typeof recordStatusChangeSchema>;
export type CorrectStatusChangeInput = z.infer<typeof correctStatusChangeSchema>;
export type RetractStatusChangeInput = z.infer<typeof retractStatusChangeSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
