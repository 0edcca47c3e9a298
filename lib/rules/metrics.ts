// Measured progress, the pure part: how a metric's numbers read, what a stage means, which values
// a metric accepts, and which observations count. Pure; tested in lib/rules/metrics.test.ts. The
// kinds themselves are the database's enums (prisma/schema.prisma), read from Prisma's client.
import { MetricDirection, MetricUnitKind, ObservationStage, PeriodKind } from "@/lib/generated/prisma/enums";
import { observationState } from "@/lib/rules/observation-state";
import { labels } from "@/lib/i18n/labels";
import type { FieldMessageKey } from "@/lib/i18n/localized";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export { MetricDirection, MetricUnitKind, ObservationStage, PeriodKind };

export const UNIT_KIND_LABELS: Record<MetricUnitKind, string> = {
  PERCENT: "Percentage (0 to 100)",
  CURRENCY: "Money",
  COUNT: "Count",
  OTHER: "Other unit",
};

/** "Higher is better" or "Lower is better" (messages/<locale>/metrics.json "direction"). */
export const directionLabel = (direction: MetricDirection, locale: Locale = DEFAULT_LOCALE) =>
  translator(locale)(`metrics.direction.${direction}`);

/** Each direction's label, in English. */
export const DIRECTION_LABELS: Record<MetricDirection, string> = { HIGHER: directionLabel("HIGHER"), LOWER: directionLabel("LOWER") };

/** Stages in the order money moves: promised, then budgeted, then spent. */
export const STAGES = [ObservationStage.PLEDGED, ObservationStage.ALLOCATED, ObservationStage.DELIVERED] as const;

/** Each stage's label and definition, in English (messages/<locale>/labels.json "stage" has both languages). */
export const STAGE_INFO: Record<ObservationStage, { label: string; definition: string }> = labels().stage;

/** The most decimals a unit may have, and a value's magnitude: NUMERIC(24, 6) in the database. */
export const MAX_DECIMALS = 6;
const MAX_INTEGER_DIGITS = 18;

type Unit = { unit: string; unitKind: MetricUnitKind; decimals: number };

/** A decimal number as editors type it: "2", "2.0", "-0.5", "1234.56" (no thousands separators). */
const DECIMAL = /^[-+]?(\d+)(?:\.(\d+))?$/;

/** What is wrong with a value: a key of validation.field (its text takes {field}), and its values. */
export type ValueProblem = {
  key: Extract<FieldMessageKey, "number" | "tooLarge" | "wholeForMetric" | "decimalsForMetric" | "percent">;
  values?: { decimals: number };
};

/**
 * What is wrong with `text` as a value of a metric with this unit, or null: not a number, more
 * decimals than the unit allows, a percentage outside 0 to 100, too large to store. The write
 * names the field and says it in the editor's language (fieldText, lib/i18n/localized.ts).
 */
export function valueProblem(text: string, metric: Unit): ValueProblem | null {
  const value = text.trim().replace(/\s+/g, "");
  const match = DECIMAL.exec(value);
  if (!match) return { key: "number" };
  if (match[1].replace(/^0+(?=\d)/, "").length > MAX_INTEGER_DIGITS) return { key: "tooLarge" };
  const decimals = match[2]?.length ?? 0;
  if (decimals > metric.decimals) {
    return metric.decimals === 0 ? { key: "wholeForMetric" } : { key: "decimalsForMetric", values: { decimals: metric.decimals } };
  }
  const number = Number(value);
  if (metric.unitKind === "PERCENT" && (number < 0 || number > 100)) return { key: "percent" };
  return null;
}

/**
 * "2.0% of GDP", "12.5 CAD billions", "3 ships": the value at the metric's decimals, then its unit,
 * in the reader's language ("2,0 % du PIB", "1 234 navires": French puts a space before "%").
 */
export function formatValue(value: number, metric: Unit, locale: Locale = DEFAULT_LOCALE): string {
  const number = value.toLocaleString(locale, { minimumFractionDigits: metric.decimals, maximumFractionDigits: metric.decimals });
  const unit = metric.unit.trim();
  if (!unit) return number;
  // French keeps a number and its unit together with a non-breaking space, "%" included.
  if (locale === "fr-CA") return `${number}\u00A0${unit}`;
  return unit.startsWith("%") ? `${number}${unit}` : `${number} ${unit}`;
}

/** "estimate", "pledged", "allocated, estimate": what sets a value apart from a delivered, final one, in lower case. */
export function valueNotes(observation: { stage: ObservationStage; estimate: boolean }, locale: Locale = DEFAULT_LOCALE): string[] {
  const words = labels(locale);
  return [
    observation.stage === "DELIVERED" ? null : words.stage[observation.stage].label.toLocaleLowerCase(locale),
    observation.estimate ? words.estimate : null,
  ].filter((text): text is string => text !== null);
}

/** "2.0% of GDP, 2025 (estimate)": a value with its period, and its stage when it is not delivered. */
export function describeObservation(
  observation: { value: number; periodLabel: string; stage: ObservationStage; estimate: boolean },
  metric: Unit,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const notes = valueNotes(observation, locale).join(", ");
  return `${formatValue(observation.value, metric, locale)}, ${observation.periodLabel}${notes ? ` (${notes})` : ""}`;
}

/**
 * The effective-observation rule in TypeScript, as PostgreSQL keeps it in observations.effective
 * (the trigger of migration 20261201110000, read through the effective_observations view): not
 * retracted, and no unretracted correction or revision stands in its place.
 * tests/integration/observations.test.ts holds the two equal over generated histories.
 */
export const isEffectiveObservation = (observation: Parameters<typeof observationState>[0]): boolean =>
  observationState(observation) === "current";
