// The public reads of measured progress (lib/metrics/progress.ts) on real rows: one scan of a
// metric's values gives the same chart, latest values and count as reading every value; the
// metric's page lists every row; an observation's page; the board cards' batched read. All data
// is fictional.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createMetric } from "@/lib/metrics/metrics";
import { correctObservation, recordObservation, retractObservation } from "@/lib/metrics/observations";
import {
  CHART_POINTS,
  chartPoints,
  findObservationPage,
  getCardProgress,
  getIndicatorMetrics,
  getMetricHistory,
  METRIC_HISTORY_PAGE_SIZE,
  SPARKLINE_POINTS,
} from "@/lib/metrics/progress";
import { parsePeriod } from "@/lib/rules/periods";
import { evidence, makeIndicator, makeUser, unique } from "./fixtures";

const db = getDb();
const version = async (metricId: number) => (await db.metric.findUniqueOrThrow({ where: { id: metricId } })).version;

async function makeMetric(userId: number, indicatorId?: number, position = 0) {
  const indicator = indicatorId ?? (await makeIndicator("views")).id;
  return createMetric(
    {
      indicatorId: indicator,
      slug: unique("count").toLowerCase(),
      title: "Fictional count",
      definition: "Fictional test data.",
      unit: "widgets",
      unitKind: "COUNT",
      decimals: 0,
      direction: "HIGHER",
      position,
    },
    userId,
  );
}

const record = async (metricId: number, userId: number, period: string, value: string, extra: Record<string, unknown> = {}) =>
  recordObservation(
    {
      metricId,
      version: await version(metricId),
      period: parsePeriod(period)!,
      stage: "DELIVERED",
      estimate: false,
      value,
      note: null,
      evidence,
      ...extra,
    },
    userId,
  );

/** Daily values straight into the table, as the benchmark's large set does. */
async function insertDaily(metricId: number, authorId: number, days: number, from = "2000-01-01") {
  await db.$executeRaw`
    INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, value, author_id)
    SELECT ${metricId}, 'DAY', to_char(d, 'YYYY-MM-DD'), d, d, 'DELIVERED', (i * 37) % 101, ${authorId}
    FROM generate_series(0, ${days - 1}) AS i, LATERAL (SELECT ${from}::date + i AS d) AS day`;
  // Fresh statistics, as after autovacuum (and as the benchmark leaves its data): without them the
  // planner takes thousands of new rows for a handful.
  await db.$executeRaw`ANALYZE observations`;
}

/** The M4 reduction done in TypeScript over every effective value, to check the SQL against. */
function m4(rows: { id: number; stage: string; periodEnd: Date; value: number }[], width: number) {
  const picked = new Set<number>();
  const lo = Math.min(...rows.map((row) => row.periodEnd.getTime()));
  const hi = Math.max(...rows.map((row) => row.periodEnd.getTime()));
  const day = 86_400_000;
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    // As PostgreSQL computes it: floor(days / (span + 1) * width), in double precision.
    const bucket = hi === lo ? 0 : Math.floor(((row.periodEnd.getTime() - lo) / day / ((hi - lo) / day + 1)) * width);
    const key = `${row.stage}:${bucket}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    const byTime = [...group].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime() || a.id - b.id);
    const byValue = [...group].sort((a, b) => a.value - b.value || a.id - b.id);
    const byValueDown = [...group].sort((a, b) => b.value - a.value || a.id - b.id);
    for (const row of [byTime[0], byTime.at(-1)!, byValue[0], byValueDown[0]]) picked.add(row.id);
  }
  return [...picked].sort((a, b) => a - b);
}

describe("measured progress, as the public pages read it", () => {
  it("thins a long series exactly as the M4 reduction over every value does", async () => {
    const editor = await makeUser();
    const metric = await makeMetric(editor.id);
    await insertDaily(metric.id, editor.id, 5000);
    const rows = await db.$queryRaw<{ id: number; stage: string; period_end: Date; value: number }[]>`
      SELECT id, stage::text, period_end, value::float8 AS value FROM effective_observations WHERE metric_id = ${metric.id}`;
    const all = rows.map((row) => ({ id: row.id, stage: row.stage, periodEnd: row.period_end, value: Number(row.value) }));
    const points = await chartPoints(metric.id);
    // Each day has one value, so a point's date names its row.
    const idOf = new Map(all.map((row) => [row.periodEnd.getTime(), row.id]));
    const ids = points.map((point) => idOf.get(point.periodEnd.getTime())!);
    expect(points.length).toBe(new Set(ids).size);
    expect(ids.sort((a, b) => a - b)).toEqual(m4(all, CHART_POINTS));
    // The indicator page draws the same points, with the latest value and the count.
    const [view] = await getIndicatorMetrics(metric.indicatorId);
    expect(view.chart).toEqual(await chartPoints(metric.id));
    expect(view.count).toBe(5000);
    expect(view.latest.DELIVERED?.periodLabel).toBe("2013-09-08");
    expect(view.latest.PLEDGED).toBeUndefined();
  });

  it("lists every value on the metric's page, newest period first, and finds the page of each", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const metric = await makeMetric(editor.id);
    const other = await makeMetric(editor.id);
    await insertDaily(metric.id, editor.id, METRIC_HISTORY_PAGE_SIZE + 5, "2001-01-01");
    const first = await record(metric.id, editor.id, "2024", "10");
    const revision = await record(metric.id, editor.id, "2024", "11", { note: "The fictional source revised it." });
    const correction = await correctObservation(
      {
        version: await version(metric.id),
        period: parsePeriod("2024")!,
        stage: "DELIVERED",
        estimate: false,
        value: "12",
        note: null,
        evidence,
        observationId: revision.observation.id,
        correctionNote: "We mistyped it.",
      },
      editor.id,
    );
    await retractObservation(
      { observationId: correction.correction.id, version: await version(metric.id), retractionNote: "Wrong fictional source." },
      admin.id,
    );

    const page1 = await getMetricHistory(metric.id, 1);
    expect(page1.total).toBe(METRIC_HISTORY_PAGE_SIZE + 8);
    expect(page1.pageCount).toBe(2);
    // 2024 first, the newest recorded first: the retracted correction, the revision, the original.
    expect(page1.entries.slice(0, 3).map((entry) => entry.id)).toEqual([
      correction.correction.id,
      revision.observation.id,
      first.observation.id,
    ]);
    expect(page1.entries[0].corrects?.id).toBe(revision.observation.id);
    expect(page1.entries[1].revises?.id).toBe(first.observation.id);
    expect(page1.entries[0].evidence[0].title).toBe("E1");
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: metric.indicatorId } });
    expect(await findObservationPage(indicator.slug, first.observation.id)).toEqual({ metricSlug: metric.slug, page: 1 });
    const oldest = await db.observation.findFirstOrThrow({ where: { metricId: metric.id }, orderBy: { periodEnd: "asc" } });
    expect(await findObservationPage(indicator.slug, oldest.id)).toEqual({ metricSlug: metric.slug, page: 2 });
    const page2 = await getMetricHistory(metric.id, 2);
    expect(page2.entries.at(-1)?.id).toBe(oldest.id);
    // Another indicator's value, and a malformed slug, are not found.
    const otherIndicator = await db.indicator.findUniqueOrThrow({ where: { id: other.indicatorId } });
    expect(await findObservationPage(otherIndicator.slug, first.observation.id)).toBeNull();
    expect(await findObservationPage("Not a slug", first.observation.id)).toBeNull();
    // The revision counts again once the correction that replaced it is retracted.
    const [view] = await getIndicatorMetrics(metric.indicatorId);
    expect(view.latest.DELIVERED?.id).toBe(revision.observation.id);
  });

  it("reads a metric's series as it stands after each write, whoever writes it", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const metric = await makeMetric(editor.id);
    const first = await record(metric.id, editor.id, "2023", "10");
    expect((await getIndicatorMetrics(metric.indicatorId))[0].latest.DELIVERED?.value).toBe(10);
    await record(metric.id, editor.id, "2024", "12");
    expect((await getIndicatorMetrics(metric.indicatorId))[0].latest.DELIVERED?.value).toBe(12);
    const later = await db.observation.findFirstOrThrow({ where: { metricId: metric.id, periodLabel: "2024" } });
    await retractObservation(
      { observationId: later.id, version: await version(metric.id), retractionNote: "Fictional: wrong year." },
      admin.id,
    );
    const [view] = await getIndicatorMetrics(metric.indicatorId);
    expect(view.latest.DELIVERED?.id).toBe(first.observation.id);
    expect(view.count).toBe(1);
    expect(view.chart).toHaveLength(1);
    // A row written by hand is seen at once: the trigger keeps the chart series in the same statement.
    await db.$executeRaw`UPDATE observations SET value = 99 WHERE id = ${first.observation.id}`;
    const [edited] = await getIndicatorMetrics(metric.indicatorId);
    expect(edited.latest.DELIVERED?.value).toBe(99);
    expect(edited.chart.map((point) => point.value)).toEqual([99]);
  });

  it("reads every card's first metric, latest value and a trend of at most 32 points in two queries", async () => {
    const editor = await makeUser();
    const indicator = await makeIndicator("cards");
    const bare = await makeIndicator("cards-bare");
    const second = await makeMetric(editor.id, indicator.id, 1);
    const firstMetric = await makeMetric(editor.id, indicator.id, 0);
    await insertDaily(firstMetric.id, editor.id, 1000, "2010-01-01");
    await record(second.id, editor.id, "2020", "5");
    await record(firstMetric.id, editor.id, "2012-09-27", "7", { estimate: true });
    const progress = await getCardProgress([indicator.id, bare.id]);
    expect(progress.has(bare.id)).toBe(false);
    const card = progress.get(indicator.id)!;
    expect(card.metric.slug).toBe(firstMetric.slug);
    expect(card.latest).toEqual({ value: 7, periodLabel: "2012-09-27", stage: "DELIVERED", estimate: true });
    expect(card.trend.length).toBeLessThanOrEqual(SPARKLINE_POINTS);
    expect(card.trend.length).toBe(SPARKLINE_POINTS); // 1,001 values, evenly spread
    expect(card.trend.map((point) => point.periodEnd.getTime())).toEqual([...card.trend.map((point) => point.periodEnd.getTime())].sort());
    expect(card.trend.at(-1)).toEqual({ periodEnd: new Date("2012-09-27T00:00:00Z"), value: 7 });
    expect((await getCardProgress([])).size).toBe(0);
  });
});
