// Recorded values in the feeds (issue 11): new values, revisions, corrections and retractions are
// items of the global, prediction and indicator feeds, merged with status changes by publication
// time, read through real feed parsers: saxes (strict XML) and feedparser (tests/e2e/support.ts),
// and @extractus/feed-extractor for JSON Feed. Metrics and values are fictional, created here.
//
// Rows are written with SQL, as the app's writes (lib/metrics/observations.ts) write them, from
// input validated by the admin forms' own schemas (lib/validation/metric.ts); the admin forms
// themselves are tested in metrics-admin.spec.ts. Each write tells the app to drop its cached
// public responses.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { metricSchema, recordObservationSchema } from "@/lib/validation/metric";
import {
  createPredictionFixture,
  createUser,
  invalidatePublicCaches,
  parseJsonFeed,
  parseXmlFeed,
  readXmlItems,
  unique,
  withDb,
  type ParsedItem,
} from "./support";

type Indicator = { id: number; slug: string; title: string };

async function createMetric(indicatorId: number, fields: { title: string; unit: string; unitKind?: string; decimals?: number }) {
  const input = metricSchema.parse({
    indicatorId,
    slug: unique("metric")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-"),
    title: fields.title,
    definition: "A fictional figure, made up for this test.",
    unit: fields.unit,
    unitKind: fields.unitKind ?? "PERCENT",
    decimals: fields.decimals ?? 1,
    direction: "HIGHER",
  });
  const metric = await withDb(
    async (client) =>
      (
        await client.query(
          `INSERT INTO metrics (indicator_id, slug, title, definition, unit, unit_kind, decimals, direction, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - interval '1 hour') RETURNING id, slug, title, unit`,
          [input.indicatorId, input.slug, input.title, input.definition, input.unit, input.unitKind, input.decimals, input.direction],
        )
      ).rows[0] as { id: number; slug: string; title: string; unit: string },
  );
  await invalidatePublicCaches();
  return metric;
}

type ValueFields = {
  period: string;
  value: string;
  stage?: "PLEDGED" | "ALLOCATED" | "DELIVERED";
  estimate?: boolean;
  note?: string;
  revises?: number;
  corrects?: number;
  correctionNote?: string;
  evidenceTitle?: string;
  /** SQL for created_at; the time of the write by default. */
  at?: string;
};

/** Records a value (or a revision, or a correction) with one piece of evidence, as recordObservation does. */
async function recordValue(metricId: number, authorId: number, fields: ValueFields) {
  const input = recordObservationSchema.parse({
    metricId,
    version: 1,
    period: fields.period,
    stage: fields.stage ?? "DELIVERED",
    estimate: fields.estimate ? "on" : "",
    value: fields.value,
    note: fields.note ?? "",
    evidence: [
      {
        url: "https://example.org/fictional-evidence?a=1&b=2",
        title: fields.evidenceTitle ?? "Fictional evidence",
        publisher: "Example Publisher",
        publishedOn: "2026-01-14",
        quote: "",
        kind: "OFFICIAL",
      },
    ],
  });
  const id = await withDb(async (client) => {
    await client.query("BEGIN");
    const { rows } = await client.query(
      `INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, estimate, value, note,
                                 revises_id, corrects_id, correction_note, author_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ${fields.at ?? "now()"}) RETURNING id`,
      [
        metricId,
        input.period.kind,
        input.period.label,
        input.period.start,
        input.period.end,
        input.stage,
        input.estimate,
        input.value,
        input.note,
        fields.revises ?? null,
        fields.corrects ?? null,
        fields.correctionNote ?? null,
        authorId,
      ],
    );
    const [evidence] = input.evidence;
    await client.query(
      `INSERT INTO observation_evidence (observation_id, position, url, title, publisher, published_on, quote, kind) VALUES ($1, 0, $2, $3, $4, $5, $6, $7)`,
      [rows[0].id, evidence.url, evidence.title, evidence.publisher, evidence.publishedOn, evidence.quote, evidence.kind],
    );
    await client.query("UPDATE metrics SET version = version + 1, updated_by_id = $2 WHERE id = $1", [metricId, authorId]);
    await client.query("COMMIT");
    return rows[0].id as number;
  });
  await invalidatePublicCaches();
  return id;
}

async function retractValue(observationId: number, adminId: number, note: string) {
  await withDb((client) =>
    client.query("UPDATE observations SET retracted_at = now(), retracted_by_id = $2, retraction_note = $3 WHERE id = $1", [
      observationId,
      adminId,
      note,
    ]),
  );
  await invalidatePublicCaches();
}

async function recordStatusChange(indicatorId: number, authorId: number, summary: string) {
  const id = await withDb(
    async (client) =>
      (
        await client.query(
          `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
           VALUES ($1, 'NOT_YET_RATED', 'IN_PROGRESS', DATE '2026-01-15', $2, $3) RETURNING id`,
          [indicatorId, summary, authorId],
        )
      ).rows[0].id as number,
  );
  await invalidatePublicCaches();
  return id;
}

/**
 * A feed in one format, read by every parser: the items' ids, links and order must agree. Titles
 * are as the document holds them (readXmlItems, or the JSON): feed readers strip what looks like
 * markup from titles, each in its own way.
 */
async function readFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  let items: ParsedItem[];
  // RSS and Atom are read by a strict XML parser (saxes) and the feedparser package; JSON Feed by @extractus/feed-extractor.
  if (path.endsWith(".json")) {
    const { json, extracted } = await parseJsonFeed(text);
    expect(extracted.entries?.map((entry) => entry.link)).toEqual(json.items.map((item: { url: string }) => item.url));
    items = json.items.map((item: { id: string; title: string; url: string; content_html: string; date_published: string }) => ({
      guid: item.id,
      title: item.title,
      link: item.url,
      content: item.content_html,
      date: new Date(item.date_published),
      author: null,
    }));
  } else {
    const parsed = (await parseXmlFeed(text)).items;
    const raw = await readXmlItems(text);
    expect(
      parsed.map((item) => [item.guid, item.link]),
      path,
    ).toEqual(raw.map((item) => [item.id, item.link]));
    items = parsed.map((item, index) => ({ ...item, title: raw[index].title }));
  }
  return { text, items, headers: response.headers() };
}

const FORMATS = ["feed.xml", "feed.atom", "feed.json"] as const;

test("recorded, revised, corrected and retracted values are items of the indicator, prediction and global feeds", async ({
  request,
  baseURL,
}) => {
  const editor = await createUser("editor", "values");
  const admin = await createUser("admin", "values-admin");
  const fixture = await createPredictionFixture("value-feeds", 2);
  const [a, b]: Indicator[] = fixture.indicators;
  const spending = await createMetric(a.id, { title: "Fictional defence spending", unit: "% of GDP" });
  const ships = await createMetric(b.id, { title: "Fictional ships", unit: "ships", unitKind: "COUNT", decimals: 0 });

  const v2024 = await recordValue(spending.id, editor.id, { period: "2024", value: "1.4" });
  const v2025 = await recordValue(spending.id, editor.id, {
    period: "2025",
    value: "2.1",
    estimate: true,
    note: "First fictional estimate.",
  });
  const revision = await recordValue(spending.id, editor.id, {
    period: "2025",
    value: "2.0",
    estimate: true,
    revises: v2025,
    note: "The fictional source revised its estimate.",
  });
  const change = await recordStatusChange(a.id, editor.id, unique("Status change between values"));
  const correction = await recordValue(spending.id, editor.id, {
    period: "2024",
    value: "1.3",
    corrects: v2024,
    correctionNote: "We mistyped the fictional figure.",
  });
  const pledged = await recordValue(ships.id, editor.id, { period: "2030", value: "12", stage: "PLEDGED" });
  await retractValue(revision, admin.id, "The fictional revision was withdrawn.");

  const link = (indicator: Indicator, id: number) => `${baseURL}/indicators/${indicator.slug}/observations/${id}`;
  const expectedA: [string, string, string][] = [
    [
      `urn:followthrough:observation-retraction:${revision}`,
      "Retraction: Fictional defence spending, 2025 (estimate) revised: 2.1% → 2.0% of GDP",
      link(a, revision),
    ],
    [`urn:followthrough:observation:${correction}`, "Correction: Fictional defence spending: 1.3% of GDP (2024)", link(a, correction)],
    [
      `urn:followthrough:status-change:${change}`,
      `${a.title}: Not yet rated → In progress`,
      `${baseURL}/indicators/${a.slug}/changes/${change}`,
    ],
    [
      `urn:followthrough:observation:${revision}`,
      "[Retracted] Fictional defence spending, 2025 (estimate) revised: 2.1% → 2.0% of GDP",
      link(a, revision),
    ],
    // With 2024 corrected to 1.3 and the revision retracted, the 2025 estimate stands, from 1.3.
    [`urn:followthrough:observation:${v2025}`, "Fictional defence spending: 1.3% → 2.1% of GDP (2025, estimate)", link(a, v2025)],
    [`urn:followthrough:observation:${v2024}`, "[Corrected] Fictional defence spending: 1.4% of GDP (2024)", link(a, v2024)],
  ];
  const checkContent = (items: ParsedItem[]) => {
    const byGuid = new Map(items.map((item) => [item.guid, item]));
    const retraction = byGuid.get(`urn:followthrough:observation-retraction:${revision}`)!;
    expect(retraction.content).toContain("The fictional revision was withdrawn.");
    expect(retraction.content).toContain("no longer counts");
    expect(byGuid.get(`urn:followthrough:observation:${correction}`)!.content).toContain("We mistyped the fictional figure.");
    const revised = byGuid.get(`urn:followthrough:observation:${revision}`)!.content;
    expect(revised).toContain("The fictional source revised its estimate.");
    expect(revised).toContain(`Revision</strong> of value #${v2025}, 2.1% of GDP, 2025 (estimate)`);
    const value = byGuid.get(`urn:followthrough:observation:${v2025}`)!.content;
    expect(value).toContain("Stage: Delivered");
    expect(value).toContain("First fictional estimate.");
    expect(value).toContain('href="https://example.org/fictional-evidence?a=1&amp;b=2"');
    expect(value).toContain(`Recorded by ${editor.name}`);
    expect(value).toContain(`/indicators/${a.slug}/metrics/${spending.slug}`);
  };
  const pledgedItem: [string, string, string] = [
    `urn:followthrough:observation:${pledged}`,
    "Fictional ships: 12 ships (2030, pledged)",
    link(b, pledged),
  ];

  // Indicators have RSS and Atom feeds, predictions RSS, the site all three formats.
  const ordered = [expectedA[0], pledgedItem, ...expectedA.slice(1)];
  for (const path of [`/indicators/${a.slug}/feed.xml`, `/indicators/${a.slug}/feed.atom`]) {
    const indicatorFeed = await readFeed(request, path);
    expect(
      indicatorFeed.items.map((item) => [item.guid, item.title, item.link]),
      path,
    ).toEqual(expectedA);
    const dates = indicatorFeed.items.map((item) => item.date!.getTime());
    expect(
      [...dates].sort((x, y) => y - x),
      `${path}: newest first`,
    ).toEqual(dates);
    checkContent(indicatorFeed.items);
  }
  const predictionFeed = await readFeed(request, `/predictions/${fixture.slug}/feed.xml`);
  expect(predictionFeed.items.map((item) => [item.guid, item.title, item.link])).toEqual(ordered);
  for (const format of FORMATS) {
    const global = await readFeed(request, `/${format}`);
    const ours = global.items.filter((item) => item.link.includes(fixture.slug));
    expect(
      ours.map((item) => [item.guid, item.title, item.link]),
      format,
    ).toEqual(ordered);
    expect(global.items.length).toBeLessThanOrEqual(50);
    checkContent(ours);
  }
  const other = await readFeed(request, `/indicators/${b.slug}/feed.xml`);
  expect(other.items.map((item) => item.guid)).toEqual([pledgedItem[0]]);

  // The link is the value's permanent address (lib/metrics/links.ts observationHref); the page that
  // answers it is built on another branch, so only its form is checked here.
  for (const [, , href] of [...expectedA.filter(([guid]) => guid.includes("observation")), pledgedItem]) {
    expect(href).toMatch(new RegExp(`^${baseURL}/indicators/${fixture.slug}-i[01]/observations/\\d+$`));
  }
});

test("a recorded or retracted value moves the indicator feed's ETag and Last-Modified", async ({ request }) => {
  const editor = await createUser("editor", "value-etag");
  const admin = await createUser("admin", "value-etag-admin");
  const fixture = await createPredictionFixture("value-etag");
  const [indicator] = fixture.indicators;
  // Everything before this test's writes is an hour old, so that a second-precise date can move.
  await withDb((client) => client.query("UPDATE indicators SET updated_at = now() - interval '1 hour' WHERE id = $1", [indicator.id]));
  const metric = await createMetric(indicator.id, { title: "Fictional budget share", unit: "% of GDP" });
  const first = await recordValue(metric.id, editor.id, { period: "2023", value: "1.0", at: "now() - interval '1 hour'" });
  await withDb((client) => client.query("UPDATE metrics SET updated_at = now() - interval '1 hour' WHERE id = $1", [metric.id]));
  await invalidatePublicCaches();

  for (const path of [`/indicators/${indicator.slug}/feed.xml`, `/indicators/${indicator.slug}/feed.atom`]) {
    const before = await request.get(path);
    const etag = before.headers()["etag"];
    const lastModified = before.headers()["last-modified"];
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-Modified-Since": lastModified } })).status(), path).toBe(304);
    expect(Date.parse(lastModified)).toBeLessThan(Date.now() - 30 * 60 * 1000);
  }
  const path = `/indicators/${indicator.slug}/feed.xml`;
  const before = await request.get(path);
  const second = await recordValue(metric.id, editor.id, { period: "2024", value: "1.2" });
  const afterRecord = await request.get(path, { headers: { "If-None-Match": before.headers()["etag"] } });
  expect(afterRecord.status()).toBe(200);
  expect((await request.get(path, { headers: { "If-Modified-Since": before.headers()["last-modified"] } })).status()).toBe(200);
  expect(Date.parse(afterRecord.headers()["last-modified"])).toBeGreaterThan(Date.parse(before.headers()["last-modified"]));
  const recorded = await parseXmlFeed(await afterRecord.text());
  expect(recorded.items.map((item) => [item.guid, item.title])).toEqual([
    [`urn:followthrough:observation:${second}`, "Fictional budget share: 1.0% → 1.2% of GDP (2024)"],
    [`urn:followthrough:observation:${first}`, "Fictional budget share: 1.0% of GDP (2023)"],
  ]);

  await retractValue(first, admin.id, "Fictional retraction.");
  const afterRetraction = await request.get(path, { headers: { "If-None-Match": afterRecord.headers()["etag"] } });
  expect(afterRetraction.status()).toBe(200);
  const retracted = await parseXmlFeed(await afterRetraction.text());
  expect(retracted.items.map((item) => [item.guid, item.title])).toEqual([
    [`urn:followthrough:observation-retraction:${first}`, "Retraction: Fictional budget share: 1.0% of GDP (2023)"],
    // Its previous value retracted, 2024 now has none.
    [`urn:followthrough:observation:${second}`, "Fictional budget share: 1.2% of GDP (2024)"],
    [`urn:followthrough:observation:${first}`, "[Retracted] Fictional budget share: 1.0% of GDP (2023)"],
  ]);
  // The API's first page of values moves with it.
  const api = await request.get(`/api/v1/observations?indicator=${indicator.slug}`);
  const { data } = await api.json();
  expect(data.map((row: { id: number; state: string }) => [row.id, row.state])).toEqual([
    [second, "current"],
    [first, "retracted"],
  ]);
});

// Issue 9, finding 3, for values: no metric title, unit, note or evidence can end CDATA, close an
// element or forge an item, and bidirectional controls reach no feed.
test("a metric's title, unit and a value's note cannot forge items or reorder text, in any format or parser", async ({
  request,
  baseURL,
}) => {
  const editor = await createUser("editor", "value-forge");
  const admin = await createUser("admin", "value-forge-admin");
  const fixture = await createPredictionFixture("value-forge");
  const [indicator] = fixture.indicators;
  const forging = "Arctic]]>x]]></title><link>https://evil.example/</link></item><item><title>FAKE: forged item</title>\u202Eevil";
  const unit = "units ]]> A ]]> </title><link>https://evil.example/u</link>\u202E";
  const note = `<script>alert("x")</script> ]]> A ]]> B & &amp; 'q' "d" מחיר \u202Eevil\u2066 </item><item><title>FAKE</title>`;
  const metric = await createMetric(indicator.id, { title: forging, unit, unitKind: "OTHER" });
  const cleanedTitle = forging.replace(/\u202E/g, "");
  const cleanedUnit = unit.replace(/\u202E/g, "").trim();
  expect(metric.title).toBe(cleanedTitle); // the form's schema removes bidirectional controls on the way in
  const first = await recordValue(metric.id, editor.id, { period: "2024", value: "1.0", note, evidenceTitle: forging });
  const second = await recordValue(metric.id, editor.id, { period: "2025", value: "-2.5", note });
  await retractValue(first, admin.id, `Retracted ]]> </title> ${note.replace(/[\u202E\u2066]/g, "")}`);

  const expected = [
    [`urn:followthrough:observation-retraction:${first}`, `Retraction: ${cleanedTitle}: 1.0 ${cleanedUnit} (2024)`],
    // The 2024 value retracted, 2025 has no previous value.
    [`urn:followthrough:observation:${second}`, `${cleanedTitle}: -2.5 ${cleanedUnit} (2025)`],
    [`urn:followthrough:observation:${first}`, `[Retracted] ${cleanedTitle}: 1.0 ${cleanedUnit} (2024)`],
  ];
  for (const path of [
    ...FORMATS.map((format) => `/${format}`),
    `/predictions/${fixture.slug}/feed.xml`,
    `/indicators/${indicator.slug}/feed.xml`,
    `/indicators/${indicator.slug}/feed.atom`,
  ]) {
    const { text, items } = await readFeed(request, path);
    expect(text, path).not.toMatch(/[\u0000\u0007\u202A-\u202E\u2066-\u2069]/);
    for (const item of items) expect(item.link, `${path}: every link is ours`).toMatch(new RegExp(`^${baseURL}/`));
    expect(
      items.some((item) => /FAKE/.test(item.title) && !item.title.includes("Arctic")),
      `${path}: no forged item`,
    ).toBe(false);
    const ours = items.filter((item) => item.link.includes(fixture.slug));
    expect(
      ours.map((item) => [item.guid, item.title]),
      path,
    ).toEqual(expected);
    for (const item of ours) {
      expect(item.content, path).toContain("&lt;script&gt;");
      expect(item.content, path).not.toContain("<script>");
      expect(item.link, path).toMatch(new RegExp(`^${baseURL}/indicators/${indicator.slug}/observations/\\d+$`));
    }
  }
  // The API and the CSV give the same text back, as text.
  const { data } = await (await request.get(`/api/v1/observations?indicator=${indicator.slug}`)).json();
  expect(data[0]).toMatchObject({
    id: second,
    value: "-2.5",
    value_number: -2.5,
    unit: cleanedUnit,
    note: note.replace(/[\u202E\u2066]/g, ""),
  });
  const { data: metrics } = await (await request.get(`/api/v1/metrics?indicator=${indicator.slug}`)).json();
  expect(metrics[0]).toMatchObject({ title: cleanedTitle, unit: cleanedUnit });
  const csv = await (await request.get(`/api/v1/observations.csv?indicator=${indicator.slug}`)).text();
  expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(csv).toContain(`,-2.5,"${cleanedUnit}"`);
});
