import { scaleLinear, scaleUtc } from "d3-scale";
import { line, symbol, symbolDiamond } from "d3-shape";
import type { ChartPoint, MetricView } from "@/lib/metrics/progress";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { formatValue, STAGES, type ObservationStage } from "@/lib/rules/metrics";
import { describeChart } from "@/lib/rules/progress-text";

// A metric over time, drawn on the server as SVG (no client JavaScript): each stage's values as a
// line (delivered solid, allocated dashed, pledged dotted) with estimates as hollow markers, and
// each target as a dashed horizontal line ending in a diamond on its due date. Scales, ticks and
// paths come from d3-scale and d3-shape. The viewBox is fixed and the SVG scales with its box
// (width 100%, height from the aspect ratio), so nothing moves as the page loads; the chart's box is
// at most CHART_MAX_PX wide, and its text is FONT units high, which stays 11 px or more on a 390 px
// phone and under 20 px on a desktop. Colours are Tailwind classes with dark variants.

const WIDTH = 420;
const HEIGHT = 240;
const FONT = 15;
const MARGIN = { top: 12, right: 14, bottom: 30 };
/** Markers are drawn for every value of a stage up to this many (about 10 units apart); beyond, only estimates and the last. */
const MARKERS_UP_TO = 36;

/** Each stage's line; `line` names it in the key (messages/<locale>/metrics.json "chart.line"). */
export const STAGE_STYLE: Record<ObservationStage, { stroke: string; fill: string; dash?: string; line: "solid" | "dashed" | "dotted" }> = {
  DELIVERED: { stroke: "stroke-sky-700 dark:stroke-sky-300", fill: "fill-sky-700 dark:fill-sky-300", line: "solid" },
  ALLOCATED: {
    stroke: "stroke-amber-700 dark:stroke-amber-300",
    fill: "fill-amber-700 dark:fill-amber-300",
    dash: "7 4",
    line: "dashed",
  },
  PLEDGED: {
    stroke: "stroke-violet-700 dark:stroke-violet-300",
    fill: "fill-violet-700 dark:fill-violet-300",
    dash: "1 4",
    line: "dotted",
  },
};
const TARGET_STROKE = "stroke-emerald-700 dark:stroke-emerald-400";
const TARGET_FILL = "fill-emerald-800 dark:fill-emerald-300";
/** The background of the card the chart sits on, for hollow markers. */
const HOLLOW = "fill-white dark:fill-slate-900";
/** An outline in the background's colour, so that a label stays legible where it crosses a line. */
const HALO = "stroke-white dark:stroke-slate-900";

/** The middle of a value's period, in milliseconds (d3's time scales take numbers as well as dates). */
const middle = (point: Pick<ChartPoint, "periodStart" | "periodEnd">) => (point.periodStart.getTime() + point.periodEnd.getTime()) / 2;
/** Roughly how wide a label is, in viewBox units (digits and Latin letters at FONT). */
const textWidth = (text: string) => text.length * FONT * 0.55;

export type ChartMetric = Pick<
  MetricView,
  "slug" | "title" | "unit" | "unitKind" | "decimals" | "targets" | "latest" | "pace" | "chart"
> & {
  periodOf: Parameters<typeof describeChart>[0]["periodOf"];
  firstDelivered: string | null;
};

/** Whether a metric has anything to chart: values, or at least a target. */
export const hasChart = (metric: Pick<MetricView, "chart" | "targets">) => metric.chart.length > 0 || metric.targets.length > 0;

/**
 * French axis labels: numbers with a decimal comma and months in French, at the precision d3's
 * own English ticks use (English keeps d3's formats).
 */
function frenchTicks(locale: Locale, step: number) {
  // As many decimals as the step between ticks needs (d3-format's precisionFixed).
  const decimals = Math.max(0, -Math.floor(Math.log10(Math.abs(step) || 1)));
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
  const year = new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const date = (tick: Date) =>
    tick.getUTCDate() !== 1 ? day.format(tick) : tick.getUTCMonth() !== 0 ? month.format(tick) : year.format(tick);
  return { number: (value: number) => number.format(value), date };
}

export function MetricChart({ metric, idPrefix }: { metric: ChartMetric; idPrefix: string }) {
  const t = useTranslations("metrics.chart");
  const locale = useLocale() as Locale;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  const points = metric.chart;
  const targets = metric.targets;
  const times = [
    ...points.flatMap((point) => [point.periodStart.getTime(), point.periodEnd.getTime()]),
    ...targets.map((target) => target.dueOn.getTime()),
  ];
  if (points.length === 0) times.push(...targets.map((target) => target.committedOn.getTime()));
  const values = [0, ...points.map((point) => point.value), ...targets.map((target) => target.value)];
  const first = Math.min(...times);
  // One day either side keeps a single value or a single date off the edges.
  const last = Math.max(...times, first + 86_400_000);

  const y = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .nice();
  if (y.domain()[0] === y.domain()[1]) y.domain([y.domain()[0] - 1, y.domain()[1] + 1]);
  const yTicks = y.ticks(5);
  const french = locale === "en-CA" ? null : frenchTicks(locale, yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1);
  const yFormat = french?.number ?? y.tickFormat(5);
  const left = 10 + Math.max(...yTicks.map((tick) => textWidth(yFormat(tick))));
  y.range([HEIGHT - MARGIN.bottom, MARGIN.top + FONT / 2]);
  const x = scaleUtc()
    .domain([new Date(first), new Date(last)])
    .range([left + 6, WIDTH - MARGIN.right]);
  const xTicks = x.ticks(Math.max(2, Math.floor((WIDTH - left) / 80)));
  const xFormat = french?.date ?? x.tickFormat();

  // One decimal of a viewBox unit is finer than a pixel, and keeps a long series' path short.
  const path = line<ChartPoint>()
    .digits(1)
    .x((point) => x(middle(point)))
    .y((point) => y(point.value));
  const byStage = STAGES.map((stage) => ({ stage, points: points.filter((point) => point.stage === stage) })).filter(
    (series) => series.points.length > 0,
  );
  const diamond = symbol(symbolDiamond, 64)()!;

  // Target labels above their line, or below it when another target's label sits just above.
  const labelled = [...targets]
    .sort((a, b) => b.value - a.value)
    .reduce<{ target: (typeof targets)[number]; labelY: number; text: string }[]>((placed, target) => {
      const lineY = y(target.value);
      const above = lineY - 6;
      const previous = placed.at(-1);
      const labelY = previous && Math.abs(previous.labelY - above) < FONT + 2 ? lineY + FONT + 2 : above;
      const text = t("targetLabel", {
        value: formatValue(target.value, { ...metric, unit: "" }, locale),
        year: String(target.dueOn.getUTCFullYear()),
      });
      return [...placed, { target, labelY, text }];
    }, []);

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="block aspect-[420/240] h-auto w-full overflow-visible"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      data-testid="metric-chart"
    >
      <title id={titleId}>{t("overTime", { title: metric.title })}</title>
      <desc id={descId}>{describeChart({ metric, ...metric, locale })}</desc>
      <g className="fill-slate-600 text-slate-600 dark:fill-slate-400 dark:text-slate-400" fontSize={FONT}>
        {yTicks.map((tick) => (
          <g key={`y${tick}`}>
            <line
              x1={left + 6}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? "stroke-slate-400 dark:stroke-slate-500" : "stroke-slate-200 dark:stroke-slate-700"}
              strokeWidth={1}
            />
            <text x={left} y={y(tick)} dy="0.32em" textAnchor="end">
              {yFormat(tick)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <g key={`x${tick.getTime()}`}>
            <line x1={x(tick)} x2={x(tick)} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom + 5} stroke="currentColor" />
            <text x={x(tick)} y={HEIGHT - MARGIN.bottom + 7} dy="0.71em" textAnchor="middle">
              {xFormat(tick)}
            </text>
          </g>
        ))}
      </g>

      {labelled.map(({ target, labelY, text }) => {
        const dueX = x(target.dueOn);
        const startX = Math.max(left + 6, Math.min(dueX, x(target.committedOn)));
        const fitsLeft = dueX - textWidth(text) - 8 > left + 6;
        return (
          <g key={`t${target.id}`} data-testid="chart-target">
            <line
              x1={startX}
              x2={dueX}
              y1={y(target.value)}
              y2={y(target.value)}
              className={TARGET_STROKE}
              strokeWidth={2}
              strokeDasharray="9 5"
            />
            <path d={diamond} transform={`translate(${dueX},${y(target.value)})`} className={`${TARGET_STROKE} ${TARGET_FILL}`} />
            <text
              x={fitsLeft ? dueX - 8 : dueX + 8}
              y={labelY}
              textAnchor={fitsLeft ? "end" : "start"}
              fontSize={FONT}
              className={`${TARGET_FILL} ${HALO}`}
              strokeWidth={4}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {text}
            </text>
          </g>
        );
      })}

      {byStage.map(({ stage, points: series }) => {
        const style = STAGE_STYLE[stage];
        const markAll = series.length <= MARKERS_UP_TO;
        return (
          <g key={stage} data-stage={stage}>
            <path
              d={path(series) ?? ""}
              fill="none"
              className={style.stroke}
              strokeWidth={markAll ? 2.5 : 1.5}
              strokeDasharray={style.dash}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
            {series.map((point, index) =>
              markAll || point.estimate || index === series.length - 1 ? (
                <circle
                  key={`${point.periodEnd.getTime()}-${index}`}
                  cx={x(middle(point))}
                  cy={y(point.value)}
                  r={point.estimate ? 4 : 3.5}
                  className={`${style.stroke} ${point.estimate ? HOLLOW : style.fill}`}
                  strokeWidth={point.estimate ? 2 : 1}
                  data-estimate={point.estimate || undefined}
                />
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The chart's key, in HTML (readable at any width): the stages shown, estimates and targets. */
export function ChartLegend({ metric }: { metric: Pick<MetricView, "chart" | "targets"> }) {
  const t = useTranslations("metrics.chart");
  const labels = useTranslations("labels");
  const stages = [...STAGES].reverse().filter((stage) => metric.chart.some((point) => point.stage === stage));
  const estimates = metric.chart.some((point) => point.estimate);
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      {stages.map((stage) => (
        <li key={stage} className="flex items-center gap-1.5">
          <svg viewBox="0 0 24 10" className="h-2.5 w-6" aria-hidden="true">
            <line
              x1={1}
              x2={23}
              y1={5}
              y2={5}
              className={STAGE_STYLE[stage].stroke}
              strokeWidth={2.5}
              strokeDasharray={STAGE_STYLE[stage].dash}
              strokeLinecap="round"
            />
          </svg>
          {t("stageLine", { stage: labels(`stage.${stage}.label`), line: STAGE_STYLE[stage].line })}
        </li>
      ))}
      {estimates && (
        <li className="flex items-center gap-1.5">
          <svg viewBox="0 0 10 10" className="size-2.5" aria-hidden="true">
            <circle cx={5} cy={5} r={3.5} className={`${STAGE_STYLE.DELIVERED.stroke} ${HOLLOW}`} strokeWidth={1.5} />
          </svg>
          {t("estimate")}
        </li>
      )}
      {metric.targets.length > 0 && (
        <li className="flex items-center gap-1.5">
          <svg viewBox="0 0 24 10" className="h-2.5 w-6" aria-hidden="true">
            <line x1={1} x2={23} y1={5} y2={5} className={TARGET_STROKE} strokeWidth={2} strokeDasharray="6 3" />
          </svg>
          {t("target")}
        </li>
      )}
    </ul>
  );
}
