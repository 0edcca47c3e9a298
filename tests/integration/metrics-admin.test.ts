// The admin's reads of measured progress (lib/metrics/admin.ts), through the real writes: a
// metric's values newest first, 25 a page, each with what became of it; the page that shows a
// value; an indicator's metrics with their latest delivered value and pace.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  ADMIN_OBSERVATIONS_PAGE_SIZE,
  findObservationPage,
  getMetricSummaryForAdmin,
  getTargetForAdmin,
  listIndicatorMetricsForAdmin,
  listMetricObservationsForAdmin,
} from "@/lib/metrics/admin";
import { createMetric, createTarget } from "@/lib/metrics/metrics";
import { correctObservation, recordObservation, retractObservation } from "@/lib/metrics/observations";
import { parsePeriod } from "@/lib/rules/periods";
import { evidence, makeIndicator, makeUser, unique } from "./fixtures";

const db = getDb();
const version = async (metricId: number) => (await db.metric.findUniqueOrThrow({ where: { id: metricId } })).version;

const value = async (metricId: number, period: string, text: string, note: string | null = null) => ({
  metricId,
  version: await version(metricId),
  period: parsePeriod(period)!,
  stage: "DELIVERED" as const,
  estimate: false,
  value: text,
  note,
  evidence,
});

describe("the admin's reads of measured progress", () => {
  it("lists a metric's values newest first, 25 a page, with their states, and finds the page of a value", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const indicator = await makeIndicator("metric-admin");
    const metric = await createMetric(
      {
        indicatorId: indicator.id,
        slug: unique("fictional").toLowerCase(),
        title: "Fictional count (test data)",
        definition: "A fictional count for this test.",
        unit: "ships",
        unitKind: "COUNT",
        decimals: 0,
        direction: "HIGHER",
        position: 0,
      },
      editor.id,
    );
    const target = await createTarget(
      {
        metricId: metric.id,
        version: await version(metric.id),
        value: "40",
        dueOn: new Date("2040-12-31"),
        label: "Fictional plan",
        commitmentTitle: "Fictional plan",
        commitmentUrl: "https://example.org/plan",
        committedOn: new Date("2000-06-01"),
      },
      editor.id,
    );
    const ids: number[] = [];
    for (let year = 1990; year < 2017; year++) {
      ids.push((await recordObservation(await value(metric.id, String(year), String(year - 1980)), editor.id)).observation.id);
    }
    const revision = await recordObservation(await value(metric.id, "2016", "37", "The source revised it."), editor.id);
    const correction = await correctObservation(
      { ...(await value(metric.id, "2015", "34")), observationId: ids[25], correctionNote: "We mistyped it." },
      editor.id,
    );
    await retractObservation({ observationId: ids[0], version: await version(metric.id), retractionNote: "Withdrawn." }, admin.id);

    const first = await listMetricObservationsForAdmin(metric.id, 1);
    expect(first.total).toBe(29);
    expect(first.observations).toHaveLength(ADMIN_OBSERVATIONS_PAGE_SIZE);
    expect(first.observations.slice(0, 4).map((row) => [row.id, row.state])).toEqual([
      [correction.correction.id, "current"],
      [revision.observation.id, "current"],
      [ids[26], "revised"],
      [ids[25], "corrected"],
    ]);
    expect(first.observations[0].corrects).toMatchObject({ id: ids[25], value: 35, periodLabel: "2015" });
    expect(first.observations[1].revises).toMatchObject({ id: ids[26], value: 36 });
    expect(first.observations[1].evidence).toHaveLength(1);
    const last = await listMetricObservationsForAdmin(metric.id, 2);
    expect(last.observations.map((row) => row.id)).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect(last.observations.at(-1)!.state).toBe("retracted");

    expect(await findObservationPage(metric.id, ids[26])).toBe(1);
    expect(await findObservationPage(metric.id, ids[0])).toBe(2);
    expect(await findObservationPage(metric.id + 1_000_000, ids[0])).toBeNull();

    const [summary] = await listIndicatorMetricsForAdmin(indicator.id);
    expect(summary).toMatchObject({ id: metric.id, latestDelivered: "37 ships, 2016", count: 26 });
    expect(summary.pace.state).toBe("on-pace");
    expect(await getMetricSummaryForAdmin(indicator.slug, metric.slug)).toEqual(summary);
    expect((await getTargetForAdmin(target.id))?.metric.indicator.id).toBe(indicator.id);
  });
});
