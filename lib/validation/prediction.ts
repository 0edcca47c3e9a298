import { z } from "zod";
import { french, id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const predictionSchema = z.strictObject({
  slug,
  title: line("Title", LIMITS.predictionTitle),
  claim: paragraph("Claim", LIMITS.claim),
  titleFr: french("French title", LIMITS.predictionTitle),
  claimFr: french("French claim", LIMITS.claim, { multiline: true }),
  sourceId: id,
  horizonOn: optionalDate("Horizon"),
  position: position.default(0),
});

export const createPredictionSchema = predictionSchema;
export const updatePredictionSchema = predictionSchema.extend({ id, version });

export type PredictionInput = z.infer<typeof predictionSchema>;
