// Measured progress as open data, through the route handlers themselves and a real database:
// /api/v1/metrics, /api/v1/observations (filters, states, pagination, refusals) and
// /api/v1/observations.csv (the same rows as the JSON, formula-safe text, bare numbers).
// Every metric and value here is fictional test data.
import { describe, expect, it, vi } from "vitest";
import { GET as getMetrics } from "@/app/api/v1/metrics/route";
import { GET as getObservations } from "@/app/api/v1/observations/route";
import { GET as getObservationsCsv } from "@/app/api/v1/observations.csv/route";
import { getDb } from "@/lib/db";
import { createMetric, createTarget } from "@/lib/metrics/metrics";
import { correctObservation, recordObservation, retractObservation } from "@/lib/metrics/observations";
import { observationExportBatches, observationJson } from "@/lib/open-data/metrics";
import { parsePeriod } from "@/lib/rules/periods";
import { evidence, makeIndicator, makeUser, unique } from "./fixtures";

// The Next.js data cache (lib/http/public-cache.ts) needs a running server; here every read goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const db = getDb();
const version = async (metricId: number) => (await db.metric.findUniqueOrThrow({ where: { id: metricId } })).version;
const site = "http://localhost:3000";

async function get(handler: (request: Request) => Promise<Response>, path: string) {
  const response = await handler(new Request(`${site}${path}`));
  // Decoded keeping a byte order mark, which Response.text() would drop.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text };
}
const json = async (handler: (request: Request) => Promise<Response>, path: string) => {
  const response = await get(handler, path);
  expect(response.status, `${path}: ${response.text}`).toBe(200);
  return JSON.parse(response.text);
};

async function metric(indicatorId: number, userId: number, overrides: Partial<Parameters<typeof createMetric>[0]> = {}) {
  return createMetric(
    {
      indicatorId,
      slug: unique("spending").toLowerCase(),
      title: "Fictional spending",
      definition: "A made-up figure for this test.",
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

async function record(metricId: number, userId: number, periodText: string, value: string, extra: Record<string, unknown> = {}) {
  const { observation } = await recordObservation(
    {
      metricId,
      version: await version(metricId),
      period: parsePeriod(periodText)!,
      stage: "DELIVERED",
      estimate: false,
      value,
      note: null,
      evidence,
      ...extra,
    },
    userId,
  );
  return observation.id;
}

/** RFC 4180 fields of a CSV text, each with whether it was quoted. */
function parseCsv(text: string): { value: string; quoted: boolean }[][] {
  const rows: { value: string; quoted: boolean }[][] = [];
  let row: { value: string; quoted: boolean }[] = [];
  let index = 0;
  while (index < text.length) {
    let value = "";
    let quoted = false;
    if (text[index] === '"') {
      quoted = true;
      index++;
      for (;;) {
        const end = text.indexOf('"', index);
        value += text.slice(index, end);
        index = end + 1;
        if (text[index] === '"') {
          value += '"';
          index++;
        } else break;
      }
    } else {
      const end = text.slice(index).search(/,|\r\n/);
      value = text.slice(index, index + end);
      index += end;
    }
    row.push({ value, quoted });
    if (text.startsWith("\r\n", index)) {
      rows.push(row);
      row = [];
      index += 2;
    } else {
      expect(text[index], "fields are separated by commas").toBe(",");
      index++;
    }
  }
  return rows;
}

describe("/api/v1/metrics", () => {
  it("lists every metric with its definition and dated targets, in order, filtered by indicator or prediction", async () => {
    const [editor, indicator, other] = await Promise.all([makeUser(), makeIndicator("metrics-api"), makeIndicator("metrics-api-other")]);
    const share = await metric(indicator.id, editor.id, { position: 0 });
    const money = await metric(indicator.id, editor.id, {
      title: "Fictional aid",
      unit: "CAD billions (2024 dollars)",
      unitKind: "CURRENCY",
      decimals: 2,
      direction: "LOWER",
      position: 1,
    });
    const elsewhere = await metric(other.id, editor.id);
    const v1 = await version(share.id);
    await createTarget(
      {
        metricId: share.id,
        version: v1,
        value: "3.5",
        dueOn: new Date("2035-12-31T00:00:00Z"),
        label: "By 2035",
        commitmentTitle: "Fictional pledge B",
        commitmentUrl: "https://example.org/b",
        committedOn: new Date("2025-06-25T00:00:00Z"),
      },
      editor.id,
    );
    await createTarget(
      {
        metricId: share.id,
        version: v1 + 1,
        value: "2",
        dueOn: new Date("2024-12-31T00:00:00Z"),
        label: "Annually",
        commitmentTitle: "Fictional pledge A",
        commitmentUrl: "https://example.org/a",
        committedOn: new Date("2023-07-11T00:00:00Z"),
      },
      editor.id,
    );

    const { data, license } = await json(getMetrics, `/api/v1/metrics?indicator=${indicator.slug}`);
    expect(license).toMatch(/CC BY 4\.0/);
    expect(data.map((row: { slug: string }) => row.slug)).toEqual([share.slug, money.slug]);
    const prediction = (await db.indicator.findUniqueOrThrow({ where: { id: indicator.id }, include: { prediction: true } })).prediction
      .slug;
    expect(data[0]).toEqual({
      slug: share.slug,
      url: expect.stringMatching(new RegExp(`/indicators/${indicator.slug}/metrics/${share.slug}$`)),
      indicator: indicator.slug,
      prediction,
      title: "Fictional spending",
      definition: "A made-up figure for this test.",
      unit: "% of GDP",
      title_fr: null,
      definition_fr: null,
      unit_fr: null,
      unit_kind: "PERCENT",
      decimals: 1,
      direction: "HIGHER",
      position: 0,
      targets: [
        {
          value: "2.0",
          value_number: 2,
          due_on: "2024-12-31",
          label: "Annually",
          label_fr: null,
          commitment: { title: "Fictional pledge A", title_fr: null, url: "https://example.org/a", date: "2023-07-11" },
        },
        {
          value: "3.5",
          value_number: 3.5,
          due_on: "2035-12-31",
          label: "By 2035",
          label_fr: null,
          commitment: { title: "Fictional pledge B", title_fr: null, url: "https://example.org/b", date: "2025-06-25" },
        },
      ],
      observations: expect.stringMatching(new RegExp(`/api/v1/observations\\?indicator=${indicator.slug}&metric=${share.slug}$`)),
      csv: expect.stringMatching(new RegExp(`/api/v1/observations\\.csv\\?indicator=${indicator.slug}&metric=${share.slug}$`)),
    });
    expect(data[1]).toMatchObject({
      unit: "CAD billions (2024 dollars)",
      unit_kind: "CURRENCY",
      decimals: 2,
      direction: "LOWER",
      targets: [],
    });

    const otherPrediction = (await db.indicator.findUniqueOrThrow({ where: { id: other.id }, include: { prediction: true } })).prediction
      .slug;
    const byPrediction = await json(getMetrics, `/api/v1/metrics?prediction=${otherPrediction}`);
    expect(byPrediction.data.map((row: { slug: string }) => row.slug)).toEqual([elsewhere.slug]);
    const all = await json(getMetrics, "/api/v1/metrics");
    expect(all.data.map((row: { slug: string }) => row.slug)).toEqual(expect.arrayContaining([share.slug, money.slug, elsewhere.slug]));

    const response = await get(getMetrics, `/api/v1/metrics?indicator=${indicator.slug}`);
    expect(response.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(response.headers.get("last-modified")).toBeTruthy();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("refuses unknown, repeated and malformed parameters with 400 and a reason, unknown slugs with 404", async () => {
    for (const [path, status, reason] of [
      ["/api/v1/metrics?indicatr=x", 400, /Unknown parameter “indicatr”. Known parameters: indicator, prediction\./],
      ["/api/v1/metrics?__proto__=x", 400, /Unknown parameter “__proto__”/],
      ["/api/v1/metrics?indicator=a&indicator=b", 400, /given more than once/],
      ["/api/v1/metrics?indicator=Not_A_Slug", 400, /must be a slug/],
      ["/api/v1/metrics?indicator=no-such-indicator", 404, /No indicator has the slug “no-such-indicator”/],
      ["/api/v1/metrics?prediction=no-such-prediction", 404, /No prediction has the slug/],
    ] as const) {
      const response = await get(getMetrics, path);
      expect(response.status, path).toBe(status);
      expect(JSON.parse(response.text).error.message, path).toMatch(reason);
    }
  });
});

describe("/api/v1/observations and its CSV", () => {
  it("gives every value with its state, period, stage, notes and evidence, newest first, by cursor and filters", async () => {
    const [editor, admin, indicator] = await Promise.all([makeUser(), makeUser("admin"), makeIndicator("observations-api")]);
    const share = await metric(indicator.id, editor.id);
    const second = await metric(indicator.id, editor.id, { title: "Fictional other", position: 1 });
    const first = await record(share.id, editor.id, "2023", "1.3");
    const old2024 = await record(share.id, editor.id, "2024", "1.4");
    const revised2024 = await record(share.id, editor.id, "2024", "1.5", { note: "The source revised its fictional 2024 figure." });
    const pledged = await record(share.id, editor.id, "2025", "2", { stage: "PLEDGED", estimate: true });
    const { correction } = await correctObservation(
      {
        observationId: first,
        version: await version(share.id),
        period: parsePeriod("2023")!,
        stage: "DELIVERED",
        estimate: false,
        value: "1.2",
        note: null,
        evidence: [...evidence, { ...evidence[0], url: "https://example.org/e2", title: "E2" }],
        correctionNote: "We mistyped it.",
      },
      editor.id,
    );
    const retracted = await record(share.id, editor.id, "2022", "0.9");
    await retractObservation({ observationId: retracted, version: await version(share.id), retractionNote: "Wrong source." }, admin.id);
    const elsewhere = await record(second.id, editor.id, "2024", "5");

    const { data, pagination } = await json(getObservations, `/api/v1/observations?indicator=${indicator.slug}&metric=${share.slug}`);
    expect(pagination).toEqual({ limit: 50, next_cursor: null, next: null });
    const ids = [first, old2024, revised2024, pledged, correction.id, retracted].sort((a, b) => b - a);
    expect(data.map((row: { id: number }) => row.id)).toEqual(ids);
    const byId = new Map(data.map((row: { id: number }) => [row.id, row]));
    expect(byId.get(old2024)).toMatchObject({ state: "revised", revised_by_id: revised2024, value: "1.4", value_number: 1.4 });
    expect(byId.get(revised2024)).toMatchObject({
      state: "current",
      revises_id: old2024,
      note: "The source revised its fictional 2024 figure.",
      period: { kind: "YEAR", label: "2024", start: "2024-01-01", end: "2024-12-31" },
      stage: "DELIVERED",
      stage_label: "Delivered",
      estimate: false,
      unit: "% of GDP",
    });
    expect(byId.get(first)).toMatchObject({ state: "corrected", corrected_by_id: correction.id, value: "1.3" });
    expect(byId.get(correction.id)).toMatchObject({
      state: "current",
      corrects_id: first,
      correction_note: "We mistyped it.",
      value: "1.2",
    });
    expect((byId.get(correction.id) as { evidence: unknown[] }).evidence).toHaveLength(2);
    expect(byId.get(pledged)).toMatchObject({ stage: "PLEDGED", estimate: true, value: "2.0", value_number: 2, state: "current" });
    expect(byId.get(retracted)).toMatchObject({ state: "retracted", retraction_note: "Wrong source.", retracted_at: expect.any(String) });
    expect(byId.get(first)).toMatchObject({
      url: expect.stringMatching(new RegExp(`/indicators/${indicator.slug}/observations/${first}$`)),
      indicator: indicator.slug,
      metric: share.slug,
      author: editor.name,
      published_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      evidence: [{ url: "https://example.org/e1", title: "E1", publisher: "P", published_on: "2026-01-01", quote: null, kind: "NEWS" }],
    });

    // Filters: the indicator (both metrics), a stage.
    const all = await json(getObservations, `/api/v1/observations?indicator=${indicator.slug}`);
    expect(all.data.map((row: { id: number }) => row.id)).toEqual([elsewhere, ...ids]);
    const pledges = await json(getObservations, `/api/v1/observations?indicator=${indicator.slug}&stage=PLEDGED`);
    expect(pledges.data.map((row: { id: number }) => row.id)).toEqual([pledged]);

    // Pages of 3, following `next` to the end: every value once, in order.
    const seen: number[] = [];
    let next: string | null = `/api/v1/observations?indicator=${indicator.slug}&metric=${share.slug}&limit=3`;
    while (next) {
      const page = await json(getObservations, next.replace(/^https?:\/\/[^/]+/, ""));
      expect(page.pagination.limit).toBe(3);
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data.map((row: { id: number }) => row.id));
      next = page.pagination.next;
      if (next) expect(next).toMatch(/[?&]cursor=[\w-]+/);
    }
    expect(seen).toEqual(ids);

    // The CSV's rows say what the JSON says, oldest first, read in batches.
    const exported = [];
    for await (const batch of observationExportBatches({ indicator: indicator.slug, metric: share.slug }, 2)) exported.push(...batch);
    const rows = await db.observation.findMany({
      where: { metricId: share.id },
      include: {
        metric: {
          select: {
            slug: true,
            unit: true,
            unitFr: true,
            decimals: true,
            updatedAt: true,
            indicator: { select: { slug: true, updatedAt: true, prediction: { select: { slug: true } } } },
          },
        },
        author: { select: { name: true } },
        evidence: { orderBy: { position: "asc" } },
        corrections: { where: { retractedAt: null }, select: { id: true, createdAt: true, retractedAt: true } },
        revisions: { where: { retractedAt: null }, select: { id: true, createdAt: true, retractedAt: true } },
      },
      orderBy: { id: "asc" },
    });
    expect(exported).toHaveLength(rows.length);
    for (const [index, row] of rows.entries()) {
      const { evidence: items, period, value_number: _number, ...fields } = observationJson(row);
      expect(exported[index]).toEqual({
        ...fields,
        period_kind: period.kind,
        period_label: period.label,
        period_start: period.start,
        period_end: period.end,
        evidence_count: items.length,
        evidence_urls: items.map((item) => item.url).join(" "),
      });
    }
  });

  it("refuses unknown and malformed parameters with 400 and a reason, unknown slugs with 404", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator("observations-refusals")]);
    const share = await metric(indicator.id, editor.id);
    const base = `indicator=${indicator.slug}`;
    for (const handler of [getObservations, getObservationsCsv]) {
      for (const [query, status, reason] of [
        ["metrc=x", 400, /Unknown parameter “metrc”. Known parameters: indicator, prediction, metric, stage, cursor, limit\./],
        [`metric=${share.slug}`, 400, /Parameter “metric” needs “indicator”/],
        [`${base}&metric=no-such-metric`, 404, /has no metric with the slug “no-such-metric”/],
        ["indicator=no-such-indicator", 404, /No indicator has the slug/],
        [`${base}&stage=SPENT`, 400, /Parameter “stage” must be one of PLEDGED, ALLOCATED, DELIVERED/],
        [`${base}&stage=pledged`, 400, /Parameter “stage”/],
        [`${base}&cursor=not-a-cursor`, 400, /not a cursor this API gave out/],
        [`${base}&stage=PLEDGED&stage=DELIVERED`, 400, /given more than once/],
      ] as const) {
        const response = await get(handler, `/api/v1/observations?${query}`);
        expect(response.status, query).toBe(status);
        expect(JSON.parse(response.text).error.message, query).toMatch(reason);
      }
    }
    for (const limit of ["0", "201", "abc", "1e2", "-1"]) {
      const response = await get(getObservations, `/api/v1/observations?${base}&limit=${limit}`);
      expect(response.status, limit).toBe(400);
      expect(JSON.parse(response.text).error.message).toMatch(/Parameter “limit”/);
    }
    const csv = await get(getObservationsCsv, `/api/v1/observations.csv?${base}&limit=5`);
    expect(csv.status).toBe(400);
    expect(JSON.parse(csv.text).error.message).toMatch(/apply to the JSON API only/);
  });

  it("writes CSV text that cannot run as a formula, and numbers (negative ones too) as bare numbers", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator("observations-csv")]);
    const balance = await metric(indicator.id, editor.id, {
      title: "Fictional balance",
      unit: "CAD billions",
      unitKind: "OTHER",
      decimals: 2,
    });
    const notes = ['=HYPERLINK("https://evil.example","x")', "+1+2", "-2+3", "@SUM(A1:A2)", 'Plain, with "quotes"\nand a line'];
    const ids: number[] = [];
    for (const [index, note] of notes.entries()) {
      // The French note is as hostile as the English one.
      ids.push(await record(balance.id, editor.id, `${2010 + index}`, index % 2 ? "-0.5" : "1234567.25", { note, noteFr: note }));
    }
    const response = await get(getObservationsCsv, `/api/v1/observations.csv?indicator=${indicator.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(response.text.slice(1));
    expect(header.map((field) => field.value)).toEqual([
      "id",
      "indicator",
      "prediction",
      "metric",
      "period_kind",
      "period_label",
      "period_start",
      "period_end",
      "stage",
      "stage_label",
      "estimate",
      "value",
      "unit",
      "note",
      "published_at",
      "author",
      "state",
      "revises_id",
      "revised_by_id",
      "corrects_id",
      "correction_note",
      "corrected_by_id",
      "retracted_at",
      "retraction_note",
      "evidence_count",
      "evidence_urls",
      "url",
      "unit_fr",
      "note_fr",
      "correction_note_fr",
      "retraction_note_fr",
    ]);
    const column = (name: string) => header.findIndex((field) => field.value === name);
    expect(rows.map((row) => row[column("id")])).toEqual(ids.map((id) => ({ value: String(id), quoted: false })));
    expect(rows.map((row) => row[column("note_fr")].value)).toEqual(rows.map((row) => row[column("note")].value));
    expect(rows.map((row) => row[column("unit_fr")])).toEqual(rows.map(() => ({ value: "", quoted: true })));
    expect(rows.map((row) => row[column("value")])).toEqual(
      notes.map((_, index) => ({ value: index % 2 ? "-0.50" : "1234567.25", quoted: false })),
    );
    expect(rows.map((row) => row[column("note")].value)).toEqual([
      '\'=HYPERLINK("https://evil.example","x")',
      "'+1+2",
      "'-2+3",
      "'@SUM(A1:A2)",
      'Plain, with "quotes"\nand a line',
    ]);
    for (const row of rows) {
      expect(row[column("note")].quoted).toBe(true);
      expect(row[column("revises_id")]).toEqual({ value: "", quoted: false });
      expect(row[column("estimate")]).toEqual({ value: "false", quoted: true });
      expect(row[column("period_kind")].value).toBe("YEAR");
      expect(row[column("state")].value).toBe("current");
    }
    // The JSON has the same value, exactly, as a string and as a number.
    const { data } = await json(getObservations, `/api/v1/observations?indicator=${indicator.slug}`);
    expect(data.map((row: { value: string; value_number: number }) => [row.value, row.value_number]).reverse()).toEqual(
      notes.map((_, index) => (index % 2 ? ["-0.50", -0.5] : ["1234567.25", 1234567.25])),
    );
  });
});
