import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { MetricDirection, MetricUnitKind, ObservationStage } from "@/lib/rules/metrics";
import { computePace, type Pace, type PacePoint, type PaceTarget } from "@/lib/rules/pace";

// What the public sees of an indicator's metrics: each with its targets, its latest values, its
// pace (lib/rules/pace.ts) and the points of its chart. Every read goes through the
// effective_observations view, so corrected, revised and retracted values never count.

/** Spans a chart's series is thinned to per stage (metric_chart_points): about one per horizontal pixel of the widest chart. */
export const CHART_POINTS = 640;
/** Rows of the table beside the chart on the indicator page; the metric's page lists them all. */
export const RECENT_VALUES = 12;

export type ChartPoint = { stage: ObservationStage; periodEnd: Date; value: number; estimate: boolean };
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

/**
 * A metric's chart series: its effective values thinned to CHART_POINTS spans per stage, each span
 * keeping its first, last, lowest and highest value (the "M4" reduction, which draws the same line
 * as every point at that width). PostgreSQL keeps it in metric_chart_points whenever values are
 * written (migration 20261201110000), so a metric with 10,000 daily values reads a few hundred rows.
 */
export async function chartPoints(metricId: number): Promise<ChartPoint[]> {
  const rows = await getDb().$queryRaw<{ stage: ObservationStage; period_end: Date; value: number; estimate: boolean }[]>`
    SELECT stage, period_end, value::float8 AS value, estimate FROM metric_chart_points
    WHERE metric_id = ${metricId}
    ORDER BY stage, period_end, observation_id`;
  return rows.map((row) => ({ stage: row.stage, periodEnd: row.period_end, value: Number(row.value), estimate: row.estimate }));
}

/** The latest effective value of each stage (by period, then by when it was recorded). */
async function latestByStage(metricId: number): Promise<ObservationRow[]> {
  const rows = await getDb().$queryRaw<(Omit<ObservationRow, "value"> & { value: number })[]>`
    SELECT DISTINCT ON (o.stage) o.id, o.period_label AS "periodLabel", o.period_start AS "periodStart", o.period_end AS "periodEnd",
      o.stage, o.estimate, o.value::float8 AS value, o.created_at AS "createdAt"
    FROM effective_observations o WHERE o.metric_id = ${metricId}
    ORDER BY o.stage, o.period_end DESC, o.id DESC`;
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

/** The newest effective values (by period), for the table beside the chart. */
async function recentValues(metricId: number, limit: number): Promise<ObservationRow[]> {
  const rows = await getDb().$queryRaw<ObservationRow[]>`
    SELECT o.id, o.period_label AS "periodLabel", o.period_start AS "periodStart", o.period_end AS "periodEnd",
      o.stage, o.estimate, o.value::float8 AS value, o.created_at AS "createdAt"
    FROM effective_observations o WHERE o.metric_id = ${metricId}
    ORDER BY o.period_end DESC, o.stage DESC, o.id DESC LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, value: Number(row.value) }));
}

/**
 * The delivered values the pace rule needs (lib/rules/pace.ts reads only these): the earliest, the
 * latest, and for each target the latest ended by the day it was committed to.
 */
async function paceInputs(metricId: number, targets: PaceTarget[]): Promise<PacePoint[]> {
  const committed = [...new Set(targets.map((target) => target.committedOn.toISOString().slice(0, 10)))];
  const rows = await getDb().$queryRaw<{ period_end: Date; value: number }[]>`
    (SELECT period_end, value::float8 AS value FROM effective_observations
      WHERE metric_id = ${metricId} AND stage = 'DELIVERED' ORDER BY period_end, id LIMIT 1)
    UNION ALL
    (SELECT period_end, value::float8 FROM effective_observations
      WHERE metric_id = ${metricId} AND stage = 'DELIVERED' ORDER BY period_end DESC, id DESC LIMIT 1)
    UNION ALL
    SELECT b.period_end, b.value FROM unnest(${committed}::date[]) AS c(day)
      CROSS JOIN LATERAL (SELECT period_end, value::float8 AS value FROM effective_observations
        WHERE metric_id = ${metricId} AND stage = 'DELIVERED' AND period_end <= c.day ORDER BY period_end DESC, id DESC LIMIT 1) b`;
  return rows.map((row) => ({ periodEnd: row.period_end, value: Number(row.value) }));
}

export type MetricTargetView = PaceTarget & { commitmentTitle: string; commitmentUrl: string };

export type MetricView = {
  id: number;
  slug: string;
  title: string;
  definition: string;
  unit: string;
  unitKind: MetricUnitKind;
  decimals: number;
  direction: MetricDirection;
  targets: MetricTargetView[];
  latest: Partial<Record<ObservationStage, ObservationRow>>;
  recent: ObservationRow[];
  count: number;
  pace: Pace;
  chart: ChartPoint[];
};

/** One metric as its public views show it: targets, latest values, pace, chart and recent values. */
async function metricView(metric: {
  id: number;
  slug: string;
  title: string;
  definition: string;
  unit: string;
  unitKind: MetricUnitKind;
  decimals: number;
  direction: MetricDirection;
  targets: { id: number; value: unknown; dueOn: Date; committedOn: Date; label: string; commitmentTitle: string; commitmentUrl: string }[];
}): Promise<MetricView> {
  const targets = metric.targets.map((target) => ({ ...target, value: Number(target.value) }));
  const [latest, recent, delivered, chart, [{ count }]] = await Promise.all([
    latestByStage(metric.id),
    recentValues(metric.id, RECENT_VALUES),
    paceInputs(metric.id, targets),
    chartPoints(metric.id),
    getDb().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM effective_observations WHERE metric_id = ${metric.id}`,
  ]);
  return {
    ...metric,
    targets,
    latest: Object.fromEntries(latest.map((row) => [row.stage, row])),
    recent,
    count,
    pace: computePace({ direction: metric.direction, targets, delivered }),
    chart,
  };
}

const targetOrder = [{ dueOn: "asc" }, { id: "asc" }] as const;

/** Every metric of an indicator, in order, as the indicator page shows them. */
export const getIndicatorMetrics = cache(async (indicatorId: number): Promise<MetricView[]> => {
  const metrics = await getDb().metric.findMany({
    where: { indicatorId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { targets: { orderBy: [...targetOrder] } },
  });
  return Promise.all(metrics.map(metricView));
});

/** One metric of an indicator by their slugs, or null. */
export const getMetricView = cache(async (indicatorSlug: string, metricSlug: string) => {
  const metric = await getDb().metric.findFirst({
    where: { slug: metricSlug, indicator: { slug: indicatorSlug } },
    include: { targets: { orderBy: [...targetOrder] }, indicator: { select: { id: true, slug: true, title: true } } },
  });
  return metric ? { ...(await metricView(metric)), indicator: metric.indicator } : null;
});
