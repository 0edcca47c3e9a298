import "server-only";
import { observationState } from "@/lib/rules/observation-state";
import { getDb } from "@/lib/db";
import { getIndicatorMetrics, getMetricView, type MetricView } from "@/lib/metrics/progress";
import { offset } from "@/lib/predictions/admin-lists";
import { describeObservation } from "@/lib/rules/metrics";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Pace } from "@/lib/rules/pace";
import { observationInclude } from "@/lib/metrics/observations";

// What the admin reads of measured progress: an indicator's metrics with their latest delivered
// value and pace (for its admin page and beside the status form), a metric's recorded values
// newest first with what became of each, and a target for its edit page.

/** Values per page of a metric's admin page. */
export const ADMIN_OBSERVATIONS_PAGE_SIZE = 25;

export type AdminMetricSummary = {
  id: number;
  title: string;
  /** "2.0% of GDP, 2025 (estimate)", or null before a delivered value is recorded. */
  latestDelivered: string | null;
  pace: Pace;
  unit: { unit: string; unitKind: "PERCENT" | "CURRENCY" | "COUNT" | "OTHER"; decimals: number };
  /** Values that count now (corrected, revised and retracted ones left out). */
  count: number;
};

function summarize(metric: MetricView, locale: Locale = DEFAULT_LOCALE): AdminMetricSummary {
  const unit = { unit: metric.unit, unitKind: metric.unitKind, decimals: metric.decimals };
  const delivered = metric.latest.DELIVERED;
  return {
    id: metric.id,
    title: metric.title,
    latestDelivered: delivered ? describeObservation(delivered, unit, locale) : null,
    pace: metric.pace,
    unit,
    count: metric.count,
  };
}

/** An indicator's metrics, in order, each with its latest delivered value (in the editor's language) and its pace. */
export async function listIndicatorMetricsForAdmin(indicatorId: number, locale: Locale = DEFAULT_LOCALE): Promise<AdminMetricSummary[]> {
  return (await getIndicatorMetrics(indicatorId)).map((metric) => summarize(metric, locale));
}

/** One metric's latest delivered value and pace, by its indicator's slug and its own. */
export async function getMetricSummaryForAdmin(
  indicatorSlug: string,
  metricSlug: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<AdminMetricSummary | null> {
  const metric = await getMetricView(indicatorSlug, metricSlug);
  return metric ? summarize(metric, locale) : null;
}

const replacedSelect = { id: true, value: true, periodLabel: true, stage: true, estimate: true } as const;

/** A page of a metric's recorded values, newest first (as recorded), each with its evidence and state. */
export async function listMetricObservationsForAdmin(metricId: number, page: number) {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.observation.findMany({
      where: { metricId },
      orderBy: { id: "desc" },
      skip: offset(page, ADMIN_OBSERVATIONS_PAGE_SIZE),
      take: ADMIN_OBSERVATIONS_PAGE_SIZE,
      include: {
        ...observationInclude,
        revises: { select: replacedSelect },
        corrects: { select: replacedSelect },
      },
    }),
    db.observation.count({ where: { metricId } }),
  ]);
  const replaced = <Row extends { value: unknown }>(row: Row | null) => (row ? { ...row, value: Number(row.value) } : null);
  const observations = rows.map((row) => ({
    ...row,
    value: Number(row.value),
    revises: replaced(row.revises),
    corrects: replaced(row.corrects),
    state: observationState(row),
  }));
  return { observations, total };
}

/** A target with its metric (and the metric's indicator), for the target's edit page. */
export function getTargetForAdmin(id: number) {
  return getDb().metricTarget.findUnique({
    where: { id },
    include: { metric: { include: { indicator: { select: { id: true, slug: true, title: true } } } } },
  });
}

/** Which page of its metric's admin list shows a value; null when the value is not the metric's. */
export async function findObservationPage(metricId: number, observationId: number) {
  const db = getDb();
  const observation = await db.observation.findFirst({ where: { id: observationId, metricId }, select: { id: true } });
  if (!observation) return null;
  const newer = await db.observation.count({ where: { metricId, id: { gt: observationId } } });
  return Math.floor(newer / ADMIN_OBSERVATIONS_PAGE_SIZE) + 1;
}
