import { z } from "zod";
import { id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const predictionSchema = z.strictObject({
  slug,
  title: line("Title", LIMITS.predictionTitle),
  claim: paragraph("Claim", LIMITS.claim),
  sourceId: id,
  horizonOn: optionalDate("Horizon"),
  position: position.default(0),
});

export const createPredictionSchema = predictionSchema;
export const updatePredictionSchema = predictionSchema.extend({ id, version });

export type PredictionInput = z.infer<typeof predictionSchema>;
