import { z } from "zod";
import { french, id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const predictionSchema = z.strictObject({
  slug,
  title: line("title", LIMITS.predictionTitle),
  claim: paragraph("claim", LIMITS.claim),
  titleFr: french("frenchTitle", LIMITS.predictionTitle),
  claimFr: french("frenchClaim", LIMITS.claim, { multiline: true }),
  sourceId: id,
  horizonOn: optionalDate("horizon"),
  position: position.default(0),
});

export const createPredictionSchema = predictionSchema;
export const updatePredictionSchema = predictionSchema.extend({ id, version });

export type PredictionInput = z.infer<typeof predictionSchema>;
