// Measured progress in words: a target, the pace and what a chart shows, as the indicator page, the
// metric page and the chart's description for screen readers say them. Pure; tested in
// lib/rules/progress-text.test.ts.
import { describeObservation, formatValue, STAGE_INFO, STAGES, type ObservationStage } from "@/lib/rules/metrics";
import { PACE_LABELS, type Pace, type PacePoint, type PaceTarget } from "@/lib/rules/pace";
import { formatDate } from "@/lib/text/dates";

type Unit = { unit: string; unitKind: "PERCENT" | "CURRENCY" | "COUNT" | "OTHER"; decimals: number };

/** "3.5% of GDP by December 31, 2035". */
export const describeTarget = (target: Pick<PaceTarget, "value" | "dueOn">, metric: Unit) =>
  `${formatValue(target.value, metric)} by ${formatDate(target.dueOn)}`;

/**
 * The pace as a label and a sentence that shows the working, e.g. "Behind pace": "A straight line
 * from 1.4% of GDP (2023) to 2.0% of GDP by December 31, 2024 needed 1.7% of GDP by the end of
 * 2024; the latest value is 1.5% of GDP (2024)." Null when the metric has no target.
 * `periodOf` names a delivered value's period ("2023"); the rule itself reads only dates.
 */
export function describePace(
  pace: Pace,
  metric: Unit,
  periodOf: (point: PacePoint) => string,
): { label: string; explanation: string } | null {
  const label = PACE_LABELS[pace.state];
  const value = (number: number) => formatValue(number, metric);
  switch (pace.state) {
    case "no-target":
      return null;
    case "no-data":
      return {
        label,
        explanation: `With no delivered value recorded, pace toward ${describeTarget(pace.target, metric)} cannot be worked out.`,
      };
    case "met":
      return {
        label,
        explanation: `The latest delivered value, ${value(pace.latest.value)} (${periodOf(pace.latest)}), meets every target, the last of them ${describeTarget(pace.target, metric)}.`,
      };
    case "missed":
      return {
        label,
        explanation: `The target was ${describeTarget(pace.target, metric)}; the latest delivered value, for a period ending on or after that date, is ${value(pace.latest.value)} (${periodOf(pace.latest)}).`,
      };
    case "too-early":
      return {
        label,
        explanation: `Only one delivered value, ${value(pace.latest.value)} (${periodOf(pace.latest)}), counts toward ${describeTarget(pace.target, metric)}: pace needs a later one.`,
      };
    case "on-pace":
    case "behind": {
      // Shown at the metric's decimals, the value needed could read as equal to the latest while
      // the rule found it short (or beyond): then one more decimal shows the difference.
      const precise = value(pace.expected) === value(pace.latest.value) && pace.expected !== pace.latest.value;
      const expected = formatValue(pace.expected, { ...metric, decimals: Math.min(6, metric.decimals + (precise ? 1 : 0)) });
      return {
        label,
        explanation:
          `A straight line from ${value(pace.baseline.value)} (${periodOf(pace.baseline)}) to ${describeTarget(pace.target, metric)} ` +
          `needed ${expected} by the end of ${periodOf(pace.latest)}; the latest delivered value is ${value(pace.latest.value)}.`,
      };
    }
  }
}

type Observed = { value: number; periodLabel: string; stage: ObservationStage; estimate: boolean };

/**
 * What a metric's chart shows, in words, for its <desc>: the latest value of each stage, the
 * targets and the pace.
 */
export function describeChart({
  metric,
  latest,
  targets,
  pace,
  periodOf,
  firstDelivered,
}: {
  metric: Unit & { title: string };
  latest: Partial<Record<ObservationStage, Observed>>;
  targets: Pick<PaceTarget, "value" | "dueOn">[];
  pace: Pace;
  periodOf: (point: PacePoint) => string;
  /** The period of the earliest delivered value. */
  firstDelivered: string | null;
}): string {
  const stages = [...STAGES].reverse().filter((stage) => latest[stage]);
  const parts = [
    stages.length === 0
      ? `${metric.title}: no values recorded yet.`
      : `${metric.title}${firstDelivered ? `, delivered values from ${firstDelivered}` : ""}. ` +
        stages.map((stage) => `Latest ${STAGE_INFO[stage].label.toLowerCase()}: ${describeObservation(latest[stage]!, metric)}.`).join(" "),
    targets.length === 0
      ? "No target."
      : `Target${targets.length === 1 ? "" : "s"}: ${targets.map((target) => describeTarget(target, metric)).join("; ")}.`,
  ];
  const paceText = describePace(pace, metric, periodOf);
  if (paceText) parts.push(`${paceText.label}. ${paceText.explanation}`);
  return parts.join(" ");
}

/** "1 value", "12,000 values". */
export const valuesLabel = (count: number) => `${count.toLocaleString("en-CA")} value${count === 1 ? "" : "s"}`;
