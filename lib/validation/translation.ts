import { z } from "zod";
import { MAX_EVIDENCE } from "@/lib/rules/evidence";
import { LIMITS } from "@/lib/rules/limits";
import { french, id, ruleError, version } from "@/lib/validation/fields";

// Adding the French version of what is never edited, a status change or a recorded value: only
// their *_fr texts (and their evidence titles'), each optional and held to its English twin's
// limit. What a form leaves blank is stored as "not translated" (NULL).

const evidenceTitles = z
  .array(z.strictObject({ id, titleFr: french("frenchEvidenceTitle", LIMITS.evidenceTitle) }))
  .max(MAX_EVIDENCE, ruleError("evidenceMax", { max: MAX_EVIDENCE }))
  .default([]);

export const translateStatusChangeSchema = z.strictObject({
  changeId: id,
  /** The indicator's version, as for every write to its history. */
  version,
  summaryFr: french("frenchSummary", LIMITS.summary, { multiline: true }),
  correctionNoteFr: french("frenchCorrectionNote", LIMITS.correctionNote, { multiline: true }),
  retractionNoteFr: french("frenchRetractionNote", LIMITS.retractionNote, { multiline: true }),
  evidence: evidenceTitles,
});

export const translateObservationSchema = z.strictObject({
  observationId: id,
  /** The metric's version, as for every write of its values. */
  version,
  noteFr: french("frenchNote", LIMITS.observationNote, { multiline: true }),
  correctionNoteFr: french("frenchCorrectionNote", LIMITS.correctionNote, { multiline: true }),
  retractionNoteFr: french("frenchRetractionNote", LIMITS.retractionNote, { multiline: true }),
  evidence: evidenceTitles,
});

export type TranslateStatusChangeInput = z.infer<typeof translateStatusChangeSchema>;
export type TranslateObservationInput = z.infer<typeof translateObservationSchema>;
