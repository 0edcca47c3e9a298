import { z } from "zod";
import { id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";

export const predictionSchema = z.strictObject({
  slug,
  title: line("Title", 200),
  claim: paragraph("Claim", 2000),
  sourceId: id,
  horizonOn: optionalDate("Horizon"),
  position: position.default(0),
});

export const createPredictionSchema = predictionSchema;
export const updatePredictionSchema = predictionSchema.extend({ id, version });

export type PredictionInput = z.infer<typeof predictionSchema>;
