// Measured progress through the real writes: metrics, targets and observations, with the
// editorial rules (revisions need a note, corrections and retractions keep the original), the
// metric's own rules for values, the effective-observation rule in SQL and TypeScript, the pace and
// the chart's thinning.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ConflictError, RuleError } from "@/lib/errors";
import { createMetric, createTarget, updateMetric } from "@/lib/metrics/metrics";
import { correctObservation, observationInclude, recordObservation, retractObservation } from "@/lib/metrics/observations";
import { CHART_POINTS, chartPoints, getIndicatorMetrics } from "@/lib/metrics/progress";
import { isEffectiveObservation } from "@/lib/rules/metrics";
import { parsePeriod } from "@/lib/rules/periods";
import { evidence, makeIndicator, makeUser, unique } from "./fixtures";

const db = getDb();
const period = (text: string) => parsePeriod(text)!;
const version = async (metricId: number) => (await db.metric.findUniqueOrThrow({ where: { id: metricId } })).version;

async function makeMetric(userId: number, overrides: Partial<Parameters<typeof createMetric>[0]> = {}) {
  const indicator = await makeIndicator("metric");
  return createMetric(
    {
      indicatorId: indicator.id,
      slug: unique("spending").toLowerCase(),
      title: "Defence spending (fictional test data)",
      definition: "A fictional figure for this test.",
      unit: "% of GDP",
      unitKind: "PERCENT",
      decimals: 1,
      direction: "HIGHER",
      position: 0,
      ...overrides,
    },
    userId,
  );
}

const value = (metricId: number, v: number, text: string, extra: Record<string, unknown> = {}) => ({
  metricId,
  version: v,
  period: period(text),
  stage: "DELIVERED" as const,
  estimate: false,
  value: "1.0",
  note: null,
  evidence,
  ...extra,
});

async function expectRule(promise: Promise<unknown>, field: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RuleError);
  expect((error as RuleError).field).toBe(field);
  expect((error as RuleError).message).toMatch(message);
}

describe("observations", () => {
  it("records, revises with a note, corrects and retracts, never losing a row", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const metric = await makeMetric(editor.id);
    const first = await recordObservation(value(metric.id, await version(metric.id), "2023", { value: "1.3" }), editor.id);
    await recordObservation(value(metric.id, await version(metric.id), "2024", { value: "1.4" }), editor.id);

    // A second value for 2024 (delivered) is a revision: refused without a note, on the note field.
    await expectRule(
      recordObservation(value(metric.id, await version(metric.id), "2024", { value: "1.5" }), editor.id),
      "note",
      /2024 \(delivered\) already has a value: 1\.4% of GDP, 2024/,
    );
    const revision = await recordObservation(
      value(metric.id, await version(metric.id), "2024", { value: "1.5", note: "The source revised its 2024 figure." }),
      editor.id,
    );
    expect(revision.revised?.id).toBeDefined();
    // Another stage of the same period is not a revision.
    await recordObservation(value(metric.id, await version(metric.id), "2024", { stage: "PLEDGED", value: "2.0" }), editor.id);

    const correction = await correctObservation(
      {
        ...value(0, await version(metric.id), "2023", { value: "1.2" }),
        observationId: first.observation.id,
        correctionNote: "We mistyped it.",
      },
      editor.id,
    );
    await expectRule(
      correctObservation(
        { ...value(0, await version(metric.id), "2023", { value: "1.1" }), observationId: first.observation.id, correctionNote: "Again." },
        editor.id,
      ).catch((error: unknown) => {
        throw error instanceof RuleError ? new RuleError(error.message, "any") : error;
      }),
      "any",
      /already been replaced/,
    );
    await retractObservation(
      { observationId: correction.correction.id, version: await version(metric.id), retractionNote: "Wrong source." },
      admin.id,
    );

    const rows = await db.observation.findMany({ where: { metricId: metric.id }, include: observationInclude, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(5);
    const inSql = await db.$queryRaw<{ id: number }[]>`SELECT id FROM effective_observations WHERE metric_id = ${metric.id} ORDER BY id`;
    expect(inSql.map((row) => row.id)).toEqual(rows.filter(isEffectiveObservation).map((row) => row.id));
    // The retracted correction gives the original 2023 value back.
    expect(inSql.map((row) => row.id)).toContain(first.observation.id);

    const [view] = await getIndicatorMetrics(metric.indicatorId);
    expect(view.latest.DELIVERED?.value).toBe(1.5);
    expect(view.latest.PLEDGED?.value).toBe(2);
    expect(view.count).toBe(3);
    // This test's values only: other files share the database and write values of their own.
    const audit = await db.auditLog.findMany({
      where: { entityType: "observation", entityId: { in: rows.map((row) => String(row.id)) } },
      select: { action: true },
    });
    expect(new Set(audit.map((row) => row.action))).toEqual(
      new Set(["observation.record", "observation.revise", "observation.correct", "observation.retract"]),
    );
  });

  it("keeps observations.effective equal to the rule in TypeScript, whatever the history", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const step = fc.record({
      kind: fc.constantFrom("record", "record", "correct", "retract"),
      pick: fc.nat(),
      year: fc.integer({ min: 2020, max: 2023 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const metric = await makeMetric(editor.id);
        const rows = () => db.observation.findMany({ where: { metricId: metric.id }, include: observationInclude, orderBy: { id: "asc" } });
        for (const { kind, pick, year } of steps) {
          const open = (await rows()).filter(isEffectiveObservation);
          const input = value(metric.id, await version(metric.id), String(year), {
            value: String(pick % 50),
            note: "Revised (fictional).",
          });
          if (kind === "record" || open.length === 0) await recordObservation(input, editor.id);
          else if (kind === "correct") {
            const target = open[pick % open.length];
            const period = parsePeriod(target.periodLabel)!;
            await correctObservation({ ...input, period, observationId: target.id, correctionNote: "Corrected (fictional)." }, editor.id);
          } else {
            const retraction = {
              observationId: open[pick % open.length].id,
              version: await version(metric.id),
              retractionNote: "Retracted.",
            };
            await retractObservation(retraction, admin.id);
          }
        }
        const all = await rows();
        expect(all.map((row) => row.effective)).toEqual(all.map(isEffectiveObservation));
        // At most one value counts for a period and stage.
        const counting = all.filter(isEffectiveObservation).map((row) => `${row.periodLabel} ${row.stage}`);
        expect(new Set(counting).size).toBe(counting.length);
      }),
      { numRuns: 15 },
    );
  });

  it("retracts only the value that counts, so a period and stage never have two", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    const metric = await makeMetric(editor.id);
    const original = await recordObservation(value(metric.id, await version(metric.id), "2023", { value: "1.3" }), editor.id);
    const correction = await correctObservation(
      { ...value(0, await version(metric.id), "2023", { value: "1.2" }), observationId: original.observation.id, correctionNote: "Typo." },
      editor.id,
    );
    await recordObservation(
      value(metric.id, await version(metric.id), "2023", { value: "1.4", note: "The source revised it." }),
      editor.id,
    );
    // The correction has been revised: it no longer counts, and retracting it would bring the
    // original back beside the revision.
    await expect(
      retractObservation({ observationId: correction.correction.id, version: await version(metric.id), retractionNote: "No." }, admin.id),
    ).rejects.toThrow(/already been replaced/);
    const counting = await db.$queryRaw<{ id: number }[]>`SELECT id FROM effective_observations WHERE metric_id = ${metric.id}`;
    expect(counting).toHaveLength(1);
  });

  it("refuses values the metric does not allow, on the value field, and writes nothing", async () => {
    const editor = await makeUser();
    const metric = await makeMetric(editor.id);
    const v = await version(metric.id);
    await expectRule(recordObservation(value(metric.id, v, "2024", { value: "2.05" }), editor.id), "value", /at most 1 decimal/);
    await expectRule(recordObservation(value(metric.id, v, "2024", { value: "100.1" }), editor.id), "value", /between 0 and 100/);
    await expectRule(recordObservation(value(metric.id, v, "2099", { value: "2.0" }), editor.id), "period", /not begun/);
    // Pledging for a future year is fine.
    await recordObservation(value(metric.id, v, "2099", { value: "5.0", stage: "PLEDGED" }), editor.id);
    expect(await db.observation.count({ where: { metricId: metric.id } })).toBe(1);
    // A form opened before that write is stale.
    await expect(recordObservation(value(metric.id, v, "2023", { value: "1.0" }), editor.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("fixes a metric's address and unit once values are recorded", async () => {
    const editor = await makeUser();
    const metric = await makeMetric(editor.id);
    const input = { ...metric, position: 0 };
    const renamed = await updateMetric(metric.id, metric.version, { ...input, slug: `${metric.slug}-x` }, editor.id);
    await recordObservation(value(metric.id, renamed.version, "2023"), editor.id);
    await expectRule(
      updateMetric(metric.id, await version(metric.id), { ...input, slug: `${metric.slug}-y` }, editor.id),
      "slug",
      /fixed once values are recorded/,
    );
    await expectRule(
      updateMetric(metric.id, await version(metric.id), { ...input, slug: renamed.slug, unit: "CAD" }, editor.id),
      "unit",
      /fixed/,
    );
  });

  it("works out the pace from the latest delivered value and the next target", async () => {
    const editor = await makeUser();
    const metric = await makeMetric(editor.id);
    await createTarget(
      {
        metricId: metric.id,
        version: await version(metric.id),
        value: "2.0",
        dueOn: new Date("2030-12-31T00:00:00Z"),
        label: "2% by 2030 (fictional)",
        commitmentTitle: "A fictional commitment",
        commitmentUrl: "https://example.org/commitment",
        committedOn: new Date("2020-06-01T00:00:00Z"),
      },
      editor.id,
    );
    for (const [year, v] of [
      ["2019", "1.0"],
      ["2021", "1.1"],
      ["2025", "1.8"],
    ] as const) {
      await recordObservation(value(metric.id, await version(metric.id), year, { value: v }), editor.id);
    }
    const [view] = await getIndicatorMetrics(metric.indicatorId);
    expect(view.pace.state).toBe("on-pace");
    if (view.pace.state === "on-pace") expect(view.pace.baseline.value).toBe(1);
  });

  it("thins a long series to the chart's width, keeping each span's first, last, lowest and highest", async () => {
    const editor = await makeUser();
    const metric = await makeMetric(editor.id, { unitKind: "COUNT", unit: "ships", decimals: 0 });
    const author = editor.id;
    await db.$executeRaw`
      INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, value, author_id)
      SELECT ${metric.id}, 'DAY', to_char(d, 'YYYY-MM-DD'), d, d, 'DELIVERED', (i % 97), ${author}
      FROM generate_series(1, 3000) AS i, LATERAL (SELECT DATE '2010-01-01' + i AS d) AS day`;
    const points = await chartPoints(metric.id);
    expect(points.length).toBeLessThanOrEqual(4 * CHART_POINTS);
    expect(points.length).toBeGreaterThan(CHART_POINTS);
    expect(points[0].periodEnd.toISOString().slice(0, 10)).toBe("2010-01-02");
    expect(points.at(-1)!.periodEnd.toISOString().slice(0, 10)).toBe("2018-03-20");
    expect(Math.max(...points.map((p) => p.value))).toBe(96);
    expect(Math.min(...points.map((p) => p.value))).toBe(0);

    // A retracted value leaves the chart in the same transaction; a revision takes its place.
    const [highest] = await db.$queryRaw<
      { id: number }[]
    >`SELECT id FROM observations WHERE metric_id = ${metric.id} AND value = 96 ORDER BY id LIMIT 1`;
    await db.$executeRaw`INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, value, author_id, revises_id, note)
      SELECT metric_id, period_kind, period_label, period_start, period_end, stage, 200, author_id, id, 'Revised (fictional).' FROM observations WHERE id = ${highest.id}`;
    expect(Math.max(...(await chartPoints(metric.id)).map((p) => p.value))).toBe(200);
    await db.$executeRaw`UPDATE observations SET retracted_at = now(), retracted_by_id = ${author}, retraction_note = 'Retracted (fictional).' WHERE revises_id = ${highest.id}`;
    const after = await chartPoints(metric.id);
    expect(Math.max(...after.map((p) => p.value))).toBe(96);
    expect(after.some((p) => p.value === 200)).toBe(false);
  });
});
