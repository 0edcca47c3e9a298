import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { STAGES, type MetricDirection, type MetricUnitKind, type ObservationStage } from "@/lib/rules/metrics";
import { computePace, type Pace, type PacePoint, type PaceTarget } from "@/lib/rules/pace";
import { isSlug } from "@/lib/validation/fields";

// What the public sees of an indicator's metrics: each with its targets, its latest values, its
// pace (lib/rules/pace.ts) and the points of its chart. Every read goes through the
// effective_observations view (observations.effective, kept by a trigger), so corrected, revised and
// retracted values never count, and the chart reads metric_chart_points, the series the same
// trigger thins when values are written (migrations 20261201110000 and 20261201120000).

/**
 * Spans a chart's series is thinned to (metric_chart_points; the number is the migration's). Each
 * span of each stage keeps its first, last, lowest and highest value (the "M4" reduction, which
 * draws the same line as every value at that width), so a stage draws at most 4 × CHART_POINTS
 * points: one per unit of the chart's 420-unit plot (components/metric-chart.tsx, at most 480 px
 * wide), never more points than the chart has pixels.
 */
export const CHART_POINTS = 105;
/** Rows of the table beside the chart on the indicator page; the metric's page lists them all. */
export const RECENT_VALUES = 12;

export type ChartPoint = { stage: ObservationStage; periodStart: Date; periodEnd: Date; value: number; estimate: boolean };
export type ObservationRow = {
  id: number;
  periodLabel: string;
  periodStart: Date;
  periodEnd: Date;
  stage: ObservationStage;
  estimate: boolean;
  value: number;
  createdAt: Date;
};

/** A metric's chart series, as the trigger keeps it in metric_chart_points: a few hundred rows even for 10,000 daily values. */
export async function chartPoints(metricId: number): Promise<ChartPoint[]> {
  const rows = await getDb().$queryRaw<
    { stage: ObservationStage; period_start: Date; period_end: Date; value: number; estimate: boolean }[]
  >`
    SELECT o.stage, o.period_start, o.period_end, o.value::float8 AS value, o.estimate
    FROM metric_chart_points p JOIN observations o ON o.id = p.observation_id
    WHERE p.metric_id = ${metricId}
    ORDER BY o.stage, o.period_end, o.id`;
  return rows.map((row) => ({
    stage: row.stage,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    value: Number(row.value),
    estimate: row.estimate,
  }));
}

/** A delivered value as the pace rule reads it, with its period's label for the words beside it. */
export type LabelledPacePoint = PacePoint & { periodLabel: string };

type Json = string | number | boolean | null;
type SeriesJson = {
  /** [stage, periodStart, periodEnd, value, estimate]: a few hundred points, so as compact as JSON allows. */
  chart: [ObservationStage, string, string, number, boolean][];
  latest: Record<string, Json>[];
  recent: Record<string, Json>[];
  pace: Record<string, Json>[];
};

const asDate = (value: Json) => new Date(String(value).length === 10 ? `${value}T00:00:00Z` : String(value));
const asRow = (row: Record<string, Json>): ObservationRow => ({
  id: Number(row.id),
  periodLabel: String(row.periodLabel),
  periodStart: asDate(row.periodStart),
  periodEnd: asDate(row.periodEnd),
  stage: row.stage as ObservationStage,
  estimate: Boolean(row.estimate),
  value: Number(row.value),
  createdAt: asDate(row.createdAt),
});

/**
 * Everything the public views show of some metrics' values, in one query however many metrics
 * (a page's cost is mostly its round trips, not these index reads; each "latest" is one index
 * probe per stage, never a scan of the metric's values): per metric its chart series
 * (metric_chart_points), the latest effective value of each stage (by period, then by when it was
 * recorded), the newest RECENT_VALUES values for the table, how many values count, and the
 * delivered values the pace rule reads (lib/rules/pace.ts reads only these: the earliest, the
 * latest, and for each target the latest ended by the day it was committed to).
 */
async function seriesOf(
  metricIds: number[],
): Promise<
  Map<number, { chart: ChartPoint[]; latest: ObservationRow[]; recent: ObservationRow[]; count: number; pace: LabelledPacePoint[] }>
> {
  const series = new Map();
  if (metricIds.length === 0) return series;
  const row = (alias: string) =>
    Prisma.raw(`json_build_object('id', ${alias}.id, 'periodLabel', ${alias}.period_label,
    'periodStart', ${alias}.period_start, 'periodEnd', ${alias}.period_end, 'stage', ${alias}.stage, 'estimate', ${alias}.estimate,
    'value', ${alias}.value::float8, 'createdAt', ${alias}.created_at)`);
  // One index probe per stage (observations_effective_by_stage_idx), each stage a constant: with the
  // stage a parameter (a join over enum_range), PostgreSQL's plan walked the metric's values by date
  // instead, through all 10,000 of them for a stage with none (EXPLAIN ANALYZE: 4.8 ms, now 0.3 ms).
  const latestPerStage = Prisma.join(
    STAGES.map(
      (stage) => Prisma.sql`(SELECT o.* FROM effective_observations o WHERE o.metric_id = m.id AND o.stage = ${Prisma.raw(`'${stage}'`)}
        ORDER BY o.period_end DESC, o.id DESC LIMIT 1)`,
    ),
    " UNION ALL ",
  );
  const rows = await getDb().$queryRaw<(SeriesJson & { id: number; count: number })[]>`
    SELECT m.id,
      (SELECT count(*)::int FROM effective_observations o WHERE o.metric_id = m.id) AS count,
      COALESCE((SELECT json_agg(json_build_array(p.stage, (SELECT o.period_start FROM observations o WHERE o.id = p.observation_id),
          p.period_end, p.value::float8, p.estimate) ORDER BY p.stage, p.period_end, p.observation_id)
        FROM metric_chart_points p WHERE p.metric_id = m.id), '[]') AS chart,
      COALESCE((SELECT json_agg(${row("l")}) FROM (${latestPerStage}) l), '[]') AS latest,
      COALESCE((SELECT json_agg(${row("r")} ORDER BY r.period_end DESC, r.stage DESC, r.id DESC) FROM (SELECT o.* FROM effective_observations o
        WHERE o.metric_id = m.id ORDER BY o.period_end DESC, o.stage DESC, o.id DESC LIMIT ${RECENT_VALUES}) r), '[]') AS recent,
      COALESCE((SELECT json_agg(${row("d")}) FROM (
        (SELECT o.* FROM effective_observations o WHERE o.metric_id = m.id AND o.stage = 'DELIVERED' ORDER BY o.period_end, o.id LIMIT 1)
        UNION ALL
        (SELECT o.* FROM effective_observations o WHERE o.metric_id = m.id AND o.stage = 'DELIVERED' ORDER BY o.period_end DESC, o.id DESC LIMIT 1)
        UNION ALL
        SELECT b.* FROM (SELECT DISTINCT t.committed_on FROM metric_targets t WHERE t.metric_id = m.id) c
          CROSS JOIN LATERAL (SELECT o.* FROM effective_observations o WHERE o.metric_id = m.id AND o.stage = 'DELIVERED'
            AND o.period_end <= c.committed_on ORDER BY o.period_end DESC, o.id DESC LIMIT 1) b
      ) d), '[]') AS pace
    FROM unnest(${metricIds}::int[]) AS m(id)`;
  for (const { id, count, chart, latest, recent, pace } of rows) {
    series.set(id, {
      count,
      chart: chart.map(([stage, periodStart, periodEnd, value, estimate]) => ({
        stage,
        periodStart: asDate(periodStart),
        periodEnd: asDate(periodEnd),
        value,
        estimate,
      })),
      latest: latest.map(asRow),
      recent: recent.map(asRow),
      pace: pace.map(asRow).map(({ periodEnd, periodLabel, value }) => ({ periodEnd, periodLabel, value })),
    });
  }
  return series;
}

export type MetricTargetView = PaceTarget & {
  commitmentTitle: string;
  commitmentUrl: string;
  labelFr?: string | null;
  commitmentTitleFr?: string | null;
};

export type MetricView = {
  id: number;
  slug: string;
  title: string;
  definition: string;
  unit: string;
  /** The French versions of the texts above (null while pending; lib/i18n/content.ts). */
  titleFr?: string | null;
  definitionFr?: string | null;
  unitFr?: string | null;
  unitKind: MetricUnitKind;
  decimals: number;
  direction: MetricDirection;
  targets: MetricTargetView[];
  latest: Partial<Record<ObservationStage, ObservationRow>>;
  recent: ObservationRow[];
  count: number;
  pace: Pace;
  /** The delivered values the pace was worked out from, with their periods' labels. */
  pacePoints: LabelledPacePoint[];
  chart: ChartPoint[];
};

type MetricRecord = {
  id: number;
  slug: string;
  title: string;
  definition: string;
  unit: string;
  unitKind: MetricUnitKind;
  decimals: number;
  direction: MetricDirection;
  targets: { id: number; value: unknown; dueOn: Date; committedOn: Date; label: string; commitmentTitle: string; commitmentUrl: string }[];
};

/** Metrics as their public views show them: targets, latest values, pace, chart and recent values. */
async function metricViews<M extends MetricRecord>(metrics: M[]): Promise<(M & MetricView)[]> {
  const series = await seriesOf(metrics.map((metric) => metric.id));
  return metrics.map((metric) => {
    const targets = metric.targets.map((target) => ({ ...target, value: Number(target.value) }));
    const { chart, latest, recent, count, pace: delivered } = series.get(metric.id)!;
    return {
      ...metric,
      targets,
      latest: Object.fromEntries(latest.map((row) => [row.stage, row])),
      recent,
      count,
      pace: computePace({ direction: metric.direction, targets, delivered }),
      pacePoints: delivered,
      chart,
    };
  });
}

const targetOrder = [{ dueOn: "asc" }, { id: "asc" }] as const;

/** Every metric of an indicator, in order, as the indicator page shows them. */
export const getIndicatorMetrics = cache(async (indicatorId: number): Promise<MetricView[]> => {
  const metrics = await getDb().metric.findMany({
    where: { indicatorId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { targets: { orderBy: [...targetOrder] } },
  });
  return metricViews(metrics);
});

/**
 * Every metric of an indicator by its slug, as getIndicatorMetrics: the indicator page reads them
 * beside the indicator itself rather than after it. Empty for an unknown slug.
 */
export const getIndicatorMetricsBySlug = cache(async (indicatorSlug: string): Promise<MetricView[]> => {
  if (!isSlug(indicatorSlug)) return [];
  const metrics = await getDb().metric.findMany({
    where: { indicator: { slug: indicatorSlug } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { targets: { orderBy: [...targetOrder] } },
  });
  return metricViews(metrics);
});

/** One metric of an indicator by their slugs, or null. */
export const getMetricView = cache(async (indicatorSlug: string, metricSlug: string) => {
  const metric = await getDb().metric.findFirst({
    where: { slug: metricSlug, indicator: { slug: indicatorSlug } },
    include: { targets: { orderBy: [...targetOrder] }, indicator: { select: { id: true, slug: true, title: true, titleFr: true } } },
  });
  return metric ? (await metricViews([metric]))[0] : null;
});

// ---- A metric's page: every value it has ever had ----

/** Values per page of a metric's history (/indicators/<slug>/metrics/<metric>, then /history/<n>). */
export const METRIC_HISTORY_PAGE_SIZE = 50;

const historyOrder = [{ periodEnd: "desc" }, { id: "desc" }] as const;

const historyInclude = {
  evidence: { orderBy: { position: "asc" } },
  author: { select: { name: true } },
  retractedBy: { select: { name: true } },
  corrections: { select: { id: true, retractedAt: true }, orderBy: { id: "desc" } },
  revisions: { select: { id: true, retractedAt: true }, orderBy: { id: "desc" } },
  revises: { select: { id: true, value: true, periodLabel: true, stage: true, estimate: true } },
  corrects: { select: { id: true, value: true, periodLabel: true, stage: true, estimate: true } },
} satisfies Prisma.ObservationInclude;

export type MetricHistoryEntry = Prisma.ObservationGetPayload<{ include: typeof historyInclude }>;

/**
 * One page of every value a metric has had, corrected, revised and retracted ones included, newest
 * period first (then newest recorded first, so a revision or correction sits just above the value it
 * replaces), with their evidence; and how many there are in all.
 */
export const getMetricHistory = cache(async (metricId: number, page = 1) => {
  const db = getDb();
  const [entries, total] = await Promise.all([
    db.observation.findMany({
      where: { metricId },
      orderBy: [...historyOrder],
      skip: (page - 1) * METRIC_HISTORY_PAGE_SIZE,
      take: METRIC_HISTORY_PAGE_SIZE,
      include: historyInclude,
    }),
    db.observation.count({ where: { metricId } }),
  ]);
  return { entries, total, page, pageCount: Math.max(1, Math.ceil(total / METRIC_HISTORY_PAGE_SIZE)) };
});

/**
 * Where an observation is shown now: its metric's slug and the page of the metric's history that
 * lists it. Null when the indicator or the observation is unknown, or the observation is another
 * indicator's.
 */
export async function findObservationPage(indicatorSlug: string, observationId: number) {
  if (!isSlug(indicatorSlug)) return null;
  const db = getDb();
  const observation = await db.observation.findFirst({
    where: { id: observationId, metric: { indicator: { slug: indicatorSlug } } },
    select: { id: true, metricId: true, periodEnd: true, metric: { select: { slug: true } } },
  });
  if (!observation) return null;
  const newer = await db.observation.count({
    where: {
      metricId: observation.metricId,
      OR: [{ periodEnd: { gt: observation.periodEnd } }, { periodEnd: observation.periodEnd, id: { gt: observation.id } }],
    },
  });
  return { metricSlug: observation.metric.slug, page: Math.floor(newer / METRIC_HISTORY_PAGE_SIZE) + 1 };
}

// ---- The board: each card's first metric, its latest delivered value and a trend line ----

/** Points of a card's trend line at most. */
export const SPARKLINE_POINTS = 32;

export type CardProgress = {
  metric: {
    slug: string;
    title: string;
    titleFr: string | null;
    unit: string;
    unitFr: string | null;
    unitKind: MetricUnitKind;
    decimals: number;
  };
  latest: { value: number; periodLabel: string; stage: ObservationStage; estimate: boolean } | null;
  /** Delivered values, oldest first, at most SPARKLINE_POINTS. */
  trend: { periodEnd: Date; value: number }[];
};

/**
 * For the cards of the board and a prediction's page, in two queries however many cards: each
 * indicator's first metric, and its delivered values as of SPARKLINE_POINTS evenly spaced dates
 * from its first to its latest (the latest is always one). Each point is one backward step of the
 * index on (metric, period), so a metric of 10,000 values costs what one of 32 does.
 */
export async function getCardProgress(indicatorIds: number[]): Promise<Map<number, CardProgress>> {
  const progress = new Map<number, CardProgress>();
  if (indicatorIds.length === 0) return progress;
  const db = getDb();
  const metrics = await db.$queryRaw<(CardProgress["metric"] & { id: number; indicatorId: number })[]>`
    SELECT DISTINCT ON (m.indicator_id) m.id, m.indicator_id AS "indicatorId", m.slug, m.title, m.title_fr AS "titleFr", m.unit, m.unit_fr AS "unitFr",
      m.unit_kind AS "unitKind", m.decimals
    FROM metrics m WHERE m.indicator_id = ANY(${indicatorIds}::int[])
    ORDER BY m.indicator_id, m.position, m.id`;
  if (metrics.length === 0) return progress;
  const points = await db.$queryRaw<
    { metric_id: number; id: number; period_end: Date; period_label: string; estimate: boolean; value: number }[]
  >`
    WITH bounds AS (
      SELECT m.metric_id, first.period_end AS lo, last.period_end AS hi
      FROM unnest(${metrics.map((metric) => metric.id)}::int[]) AS m(metric_id)
      CROSS JOIN LATERAL (SELECT o.period_end FROM effective_observations o WHERE o.metric_id = m.metric_id AND o.stage = 'DELIVERED'
        ORDER BY o.period_end, o.id LIMIT 1) first
      CROSS JOIN LATERAL (SELECT o.period_end FROM effective_observations o WHERE o.metric_id = m.metric_id AND o.stage = 'DELIVERED'
        ORDER BY o.period_end DESC, o.id DESC LIMIT 1) last
    )
    SELECT DISTINCT b.metric_id, p.id, p.period_end, p.period_label, p.estimate, p.value
    FROM bounds b CROSS JOIN generate_series(1, ${SPARKLINE_POINTS}::int) AS k(step)
    CROSS JOIN LATERAL (SELECT o.id, o.period_end, o.period_label, o.estimate, o.value::float8 AS value FROM effective_observations o
      WHERE o.metric_id = b.metric_id AND o.stage = 'DELIVERED' AND o.period_end <= b.lo + (b.hi - b.lo) * k.step / ${SPARKLINE_POINTS}::int
      ORDER BY o.period_end DESC, o.id DESC LIMIT 1) p
    ORDER BY b.metric_id, p.period_end, p.id`;
  for (const { id, indicatorId, ...metric } of metrics) {
    const mine = points.filter((point) => point.metric_id === id);
    const last = mine.at(-1);
    progress.set(indicatorId, {
      metric: { ...metric, decimals: Number(metric.decimals) },
      latest: last ? { value: Number(last.value), periodLabel: last.period_label, stage: "DELIVERED", estimate: last.estimate } : null,
      trend: mine.map((point) => ({ periodEnd: point.period_end, value: Number(point.value) })),
    });
  }
  return progress;
}
