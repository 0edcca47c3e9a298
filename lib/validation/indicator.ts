import { z } from "zod";
import { french, id, line, optionalDate, paragraph, position, slug, version } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/rules/limits";

export const indicatorSchema = z.strictObject({
  predictionId: id,
  slug,
  title: line("title", LIMITS.indicatorTitle),
  criteria: paragraph("criteria", LIMITS.criteria),
  theme: line("theme", LIMITS.theme),
  titleFr: french("frenchTitle", LIMITS.indicatorTitle),
  criteriaFr: french("frenchCriteria", LIMITS.criteria, { multiline: true }),
  themeFr: french("frenchTheme", LIMITS.theme),
  targetOn: optionalDate("targetDate"),
  position: position.default(0),
});

export const createIndicatorSchema = indicatorSchema;
export const updateIndicatorSchema = indicatorSchema.extend({ id, version });

export type IndicatorInput = z.infer<typeof indicatorSchema>;
