// How a recorded value reads as a feed item's title, in the feed's language. Pure; tested in
// lib/feeds/observation-titles.test.ts. In English (French says the same, messages/fr-CA/feeds.json):
//   a new value:   "Defence spending: 1.4% → 2.0% of GDP (2025, estimate)", the arrow from the previous
//                  value (see previousValue in lib/feeds/observations.ts), none when there is none;
//   a revision:    "Defence spending, 2025 revised: 2.1% → 2.0% of GDP", from the value it replaces;
//   a correction:  "Correction: " and the title of the value it publishes;
//   a retraction:  "Retraction: " and the title of the value retracted (its own item, at the time of retraction);
//   a value since corrected, revised or retracted: its title marked "[Corrected] ", "[Revised] " or "[Retracted] ".
// The same words as the status changes' items (lib/feeds/feeds.ts itemTitle).
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { formatValue, valueNotes, type MetricUnitKind, type ObservationStage } from "@/lib/rules/metrics";
import type { ObservationState } from "@/lib/rules/observation-state";

type Unit = { unit: string; unitKind: MetricUnitKind; decimals: number };
type Value = { value: number; periodLabel: string; stage: ObservationStage; estimate: boolean };

/** "1.4%" ("1,4 %") for a unit that starts with "%" ("% of GDP"), else the bare number ("12.5"): the side of an arrow whose unit the other side names. */
export function shortValue(value: number, metric: Unit, locale: Locale = DEFAULT_LOCALE): string {
  return formatValue(value, { ...metric, unit: metric.unit.trim().startsWith("%") ? "%" : "" }, locale);
}

/** "Defence spending: 1.4% → 2.0% of GDP (2025, estimate)"; without an arrow when `previous` is null. */
export function valueTitle(
  metricTitle: string,
  observation: Value,
  metric: Unit,
  previous: number | null,
  locale: Locale = DEFAULT_LOCALE,
) {
  const t = translator(locale);
  const values = {
    metric: metricTitle,
    value: formatValue(observation.value, metric, locale),
    notes: [observation.periodLabel, ...valueNotes(observation, locale)].join(", "),
  };
  return previous === null
    ? t("feeds.title.value", values)
    : t("feeds.title.valueFrom", { ...values, from: shortValue(previous, metric, locale) });
}

/** "Defence spending, 2025 revised: 2.1% → 2.0% of GDP"; "…, 2026 (pledged, estimate) revised: …" for other stages and estimates. */
export function revisionTitle(metricTitle: string, observation: Value, metric: Unit, revised: number, locale: Locale = DEFAULT_LOCALE) {
  const notes = valueNotes(observation, locale);
  return translator(locale)("feeds.title.revision", {
    metric: metricTitle,
    period: notes.length ? `${observation.periodLabel} (${notes.join(", ")})` : observation.periodLabel,
    from: shortValue(revised, metric, locale),
    value: formatValue(observation.value, metric, locale),
  });
}

/** The marker of an item whose entry or value no longer stands ("[Corrected] …"), or none. */
export function markedTitle(state: ObservationState, title: string, locale: Locale = DEFAULT_LOCALE): string {
  return state === "current" ? title : translator(locale)(`feeds.title.${state}`, { title });
}

/**
 * A feed item's title: `base` (valueTitle or revisionTitle) for the item of kind "value" (a new
 * value or a revision), "correction" or "retraction", marked with the value's state now.
 */
export function observationItemTitle(
  kind: "value" | "correction" | "retraction",
  state: ObservationState,
  base: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = translator(locale);
  if (kind === "retraction") return t("feeds.title.retraction", { title: base });
  return markedTitle(state, kind === "correction" ? t("feeds.title.correction", { title: base }) : base, locale);
}
