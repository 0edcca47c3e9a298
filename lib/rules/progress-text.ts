// Measured progress in words: a target, the pace and what a chart shows, as the indicator page, the
// metric page and the chart's description for screen readers say them, in English or French
// (messages/<locale>/metrics.json). Pure; tested in lib/rules/progress-text.test.ts.
import { describeObservation, formatValue, STAGES, type ObservationStage } from "@/lib/rules/metrics";
import type { Pace, PacePoint, PaceTarget } from "@/lib/rules/pace";
import { labels } from "@/lib/i18n/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formatDate } from "@/lib/text/dates";

type Unit = { unit: string; unitKind: "PERCENT" | "CURRENCY" | "COUNT" | "OTHER"; decimals: number };

/** "3.5% of GDP by December 31, 2035", or "3,5 % du PIB d’ici le 31 décembre 2035". */
export const describeTarget = (target: Pick<PaceTarget, "value" | "dueOn">, metric: Unit, locale: Locale = DEFAULT_LOCALE) =>
  translator(locale)("metrics.target", {
    value: formatValue(target.value, metric, locale),
    date: formatDate(target.dueOn, "DAY", locale),
  });

/**
 * The pace as a label and a sentence that shows the working, e.g. "Behind pace": "A straight line
 * from 1.4% of GDP (2023) to 2.0% of GDP by December 31, 2024 needed 1.7% of GDP by the end of
 * 2024; the latest delivered value is 1.5% of GDP (2024)." Null when the metric has no target.
 * `periodOf` names a delivered value's period ("2023"); the rule itself reads only dates.
 */
export function describePace(
  pace: Pace,
  metric: Unit,
  periodOf: (point: PacePoint) => string,
  locale: Locale = DEFAULT_LOCALE,
): { label: string; explanation: string } | null {
  if (pace.state === "no-target") return null;
  const t = translator(locale);
  const label = labels(locale).pace[pace.state];
  const value = (number: number) => formatValue(number, metric, locale);
  const target = describeTarget(pace.target, metric, locale);
  switch (pace.state) {
    case "no-data":
      return { label, explanation: t("metrics.pace.noData", { target }) };
    case "met":
    case "missed":
    case "too-early":
      return {
        label,
        explanation: t(`metrics.pace.${pace.state}`, { target, latest: value(pace.latest.value), period: periodOf(pace.latest) }),
      };
    case "on-pace":
    case "behind": {
      // Shown at the metric's decimals, the value needed could read as equal to the latest while
      // the rule found it short (or beyond): then one more decimal shows the difference.
      const precise = value(pace.expected) === value(pace.latest.value) && pace.expected !== pace.latest.value;
      const expected = formatValue(pace.expected, { ...metric, decimals: Math.min(6, metric.decimals + (precise ? 1 : 0)) }, locale);
      return {
        label,
        explanation: t("metrics.pace.line", {
          baseline: value(pace.baseline.value),
          baselinePeriod: periodOf(pace.baseline),
          target,
          expected,
          period: periodOf(pace.latest),
          latest: value(pace.latest.value),
        }),
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
  locale = DEFAULT_LOCALE,
}: {
  metric: Unit & { title: string };
  latest: Partial<Record<ObservationStage, Observed>>;
  targets: Pick<PaceTarget, "value" | "dueOn">[];
  pace: Pace;
  periodOf: (point: PacePoint) => string;
  /** The period of the earliest delivered value. */
  firstDelivered: string | null;
  locale?: Locale;
}): string {
  const t = translator(locale);
  const stages = [...STAGES].reverse().filter((stage) => latest[stage]);
  const parts = [
    stages.length === 0
      ? t("metrics.chart.noValues", { title: metric.title })
      : [
          firstDelivered
            ? t("metrics.chart.titleFrom", { title: metric.title, period: firstDelivered })
            : t("metrics.chart.title", { title: metric.title }),
          ...stages.map((stage) =>
            t("metrics.chart.latest", {
              stage: labels(locale).stage[stage].label.toLowerCase(),
              value: describeObservation(latest[stage]!, metric, locale),
            }),
          ),
        ].join(" "),
    targets.length === 0
      ? t("metrics.chart.noTarget")
      : t("metrics.chart.targets", {
          count: targets.length,
          targets: targets.map((target) => describeTarget(target, metric, locale)).join("; "),
        }),
  ];
  const paceText = describePace(pace, metric, periodOf, locale);
  if (paceText) parts.push(t("metrics.chart.pace", paceText));
  return parts.join(" ");
}

/** "1 value", "12,000 values"; "12 000 valeurs". */
export const valuesLabel = (count: number, locale: Locale = DEFAULT_LOCALE) => translator(locale)("metrics.values", { count });
