// How a recorded value reads as a feed item's title. Pure; tested in lib/feeds/observation-titles.test.ts.
//   a new value:   "Defence spending: 1.4% → 2.0% of GDP (2025, estimate)", the arrow from the previous
//                  value (see previousValue in lib/feeds/observations.ts), none when there is none;
//   a revision:    "Defence spending, 2025 revised: 2.1% → 2.0% of GDP", from the value it replaces;
//   a correction:  "Correction: " and the title of the value it publishes;
//   a retraction:  "Retraction: " and the title of the value retracted (its own item, at the time of retraction);
//   a value since corrected, revised or retracted: its title marked "[Corrected] ", "[Revised] " or "[Retracted] ".
// The same words as the status changes' items (lib/feeds/feeds.ts itemTitle).
import { formatValue, STAGE_INFO, type MetricUnitKind, type ObservationStage } from "@/lib/rules/metrics";
import type { ObservationState } from "@/lib/rules/observation-state";

type Unit = { unit: string; unitKind: MetricUnitKind; decimals: number };
type Value = { value: number; periodLabel: string; stage: ObservationStage; estimate: boolean };

/** "1.4%" for a unit that starts with "%" ("% of GDP"), else the bare number ("12.5"): the side of an arrow whose unit the other side names. */
export function shortValue(value: number, metric: Unit): string {
  return formatValue(value, { ...metric, unit: metric.unit.trim().startsWith("%") ? "%" : "" });
}

/** "estimate", "pledged", "allocated, estimate": what sets a value apart from a delivered, final one. */
function qualifiers(observation: Value): string[] {
  return [
    observation.stage === "DELIVERED" ? null : STAGE_INFO[observation.stage].label.toLowerCase(),
    observation.estimate ? "estimate" : null,
  ].filter((text): text is string => text !== null);
}

/** "Defence spending: 1.4% → 2.0% of GDP (2025, estimate)"; without an arrow when `previous` is null. */
export function valueTitle(metricTitle: string, observation: Value, metric: Unit, previous: number | null): string {
  const from = previous === null ? "" : `${shortValue(previous, metric)} → `;
  return `${metricTitle}: ${from}${formatValue(observation.value, metric)} (${[observation.periodLabel, ...qualifiers(observation)].join(", ")})`;
}

/** "Defence spending, 2025 revised: 2.1% → 2.0% of GDP"; "…, 2026 (pledged, estimate) revised: …" for other stages and estimates. */
export function revisionTitle(metricTitle: string, observation: Value, metric: Unit, revised: number): string {
  const notes = qualifiers(observation);
  const period = notes.length ? `${observation.periodLabel} (${notes.join(", ")})` : observation.periodLabel;
  return `${metricTitle}, ${period} revised: ${shortValue(revised, metric)} → ${formatValue(observation.value, metric)}`;
}

const MARKERS: Record<ObservationState, string> = {
  current: "",
  revised: "[Revised] ",
  corrected: "[Corrected] ",
  retracted: "[Retracted] ",
};

/**
 * A feed item's title: `base` (valueTitle or revisionTitle) for the item of kind "value" (a new
 * value or a revision), "correction" or "retraction", marked with the value's state now.
 */
export function observationItemTitle(kind: "value" | "correction" | "retraction", state: ObservationState, base: string): string {
  if (kind === "retraction") return `Retraction: ${base}`;
  return `${MARKERS[state]}${kind === "correction" ? "Correction: " : ""}${base}`;
}
