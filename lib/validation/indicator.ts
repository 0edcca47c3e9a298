import { z } from "zod";
import { id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";

export const indicatorSchema = z.strictObject({
  predictionId: id,
  slug,
  title: line("Title", 200),
  criteria: paragraph("Criteria", 4000),
  theme: line("Theme", 80),
  targetOn: optionalDate("Target date"),
  position: position.default(0),
});

export const createIndicatorSchema = indicatorSchema;
export const updateIndicatorSchema = indicatorSchema.extend({ id, version });

export type IndicatorInput = z.infer<typeof indicatorSchema>;
