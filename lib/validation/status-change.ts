import { z } from "zod";
import { STATUSES } from "@/lib/rules/status";
import { date, httpUrl, id, line, optionalParagraph, paragraph, version } from "@/lib/validation/fields";

export const EVIDENCE_KINDS = ["OFFICIAL", "NEWS", "ANALYSIS"] as const;
export const EVIDENCE_KIND_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  OFFICIAL: "Official or primary source",
  NEWS: "News",
  ANALYSIS: "Analysis or opinion",
};
export const MAX_EVIDENCE = 10;

export const evidenceSchema = z.strictObject({
  url: httpUrl("Evidence URL"),
  title: line("Evidence title", 300),
  publisher: line("Publisher", 200),
  publishedOn: date("Evidence date", { notInFuture: true }),
  quote: optionalParagraph("Quote", 600),
  kind: z.enum(EVIDENCE_KINDS, { error: "Choose what kind of evidence this is." }),
});

const changeFields = {
  toStatus: z.enum(STATUSES, { error: "Choose a status." }),
  effectiveOn: date("Effective date", { notInFuture: true }),
  summary: paragraph("Summary", 4000),
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
  correctionNote: paragraph("Correction note", 2000),
});

/** Retracting a published change (admins only), with a public note. */
export const retractStatusChangeSchema = z.strictObject({
  changeId: id,
  version,
  retractionNote: paragraph("Retraction note", 2000),
});

export type RecordStatusChangeInput = z.infer<typeof recordStatusChangeSchema>;
export type CorrectStatusChangeInput = z.infer<typeof correctStatusChangeSchema>;
export type RetractStatusChangeInput = z.infer<typeof retractStatusChangeSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
