import { z } from "zod";
import { french, id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const indicatorSchema = z.strictObject({
  predictionId: id,
  slug,
  title: line("Title", LIMITS.indicatorTitle),
  criteria: paragraph("Criteria", LIMITS.criteria),
  theme: line("Theme", LIMITS.theme),
  titleFr: french("French title", LIMITS.indicatorTitle),
  criteriaFr: french("French criteria", LIMITS.criteria, { multiline: true }),
  themeFr: french("French theme", LIMITS.theme),
  targetOn: optionalDate("Target date"),
  position: position.default(0),
});

export const createIndicatorSchema = indicatorSchema;
export const updateIndicatorSchema = indicatorSchema.extend({ id, version });

export type IndicatorInput = z.infer<typeof indicatorSchema>;
