import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seed, seedIndicators, seedMetrics, seedMetricsIndicatorSlug, seedPrediction, seedSource } from "../../prisma/seed.mjs";
import { createTestDatabase } from "../support/test-database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase(inject("adminDatabaseUrl"), { label: "seed" });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

const snapshot = async () => ({
  sources: (await client.query("SELECT * FROM sources ORDER BY id")).rows,
  predictions: (await client.query("SELECT * FROM predictions ORDER BY id")).rows,
  indicators: (await client.query("SELECT * FROM indicators ORDER BY id")).rows,
  metrics: (await client.query("SELECT * FROM metrics ORDER BY id")).rows,
  targets: (await client.query("SELECT * FROM metric_targets ORDER BY id")).rows,
  audit: (await client.query("SELECT * FROM audit_log ORDER BY id")).rows,
});

// The seed's rows: a source, a prediction, three indicators; three metrics and their four targets.
const SEEDED = 5 + 3 + 4;

describe("seed", () => {
  it("creates the article's source, its prediction and three unrated indicators", async () => {
    expect(await seed(client)).toBe(SEEDED);
    const { sources, predictions, indicators } = await snapshot();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      title: seedSource.title,
      author: "Andrew Latham",
      url: "https://thehill.com/opinion/international/5633613-brussels-visit-canadian-foreign-policy",
      published_precision: "MONTH",
    });
    expect(predictions).toHaveLength(1);
    expect(predictions[0]).toMatchObject({ slug: seedPrediction.slug, source_id: sources[0].id, horizon_on: null });
    expect(indicators.map((i) => i.slug)).toEqual(seedIndicators.map((i: { slug: string }) => i.slug));
    expect(indicators.every((i) => i.status === "NOT_YET_RATED")).toBe(true);
    expect(indicators.every((i) => i.prediction_id === predictions[0].id)).toBe(true);
  });

  it("gives “Modernizing the military” three metrics, each target citing its declaration, and no values", async () => {
    const { rows: metrics } = await client.query(
      `SELECT m.*, i.slug AS indicator_slug FROM metrics m JOIN indicators i ON i.id = m.indicator_id ORDER BY m.position`,
    );
    expect(metrics.map((m) => [m.indicator_slug, m.slug, m.title, m.unit, m.unit_kind, m.decimals, m.direction])).toEqual([
      [
        "modernizing-the-military",
        "defence-expenditure-share-of-gdp",
        "Defence expenditure, share of GDP (NATO definition)",
        "% of GDP",
        "PERCENT",
        1,
        "HIGHER",
      ],
      [
        "modernizing-the-military",
        "defence-and-security-related-spending-share-of-gdp",
        "Defence- and security-related spending, share of GDP",
        "% of GDP",
        "PERCENT",
        1,
        "HIGHER",
      ],
      [
        "modernizing-the-military",
        "major-equipment-share-of-defence-expenditure",
        "Major equipment, share of defence expenditure",
        "% of defence expenditure",
        "PERCENT",
        1,
        "HIGHER",
      ],
    ]);
    expect(seedMetricsIndicatorSlug).toBe(seedIndicators[0].slug);
    // Each definition says what is counted, by whom and how; the second keeps itself out of NATO's figure.
    for (const metric of metrics) expect(metric.definition).toMatch(/What is counted:[\s\S]*By whom[\s\S]*how/i);
    expect(metrics[0].definition).toContain("annual report on the defence expenditure of NATO countries");
    expect(metrics[1].definition).toContain("falls outside NATO's definition of defence expenditure");
    expect(metrics[1].definition).toContain("The declaration's 5% is the sum of the two metrics");

    const { rows: targets } = await client.query(
      `SELECT m.slug, t.value::text AS value, to_char(t.due_on, 'YYYY-MM-DD') AS due_on, t.label, t.commitment_title,
              t.commitment_url, to_char(t.committed_on, 'YYYY-MM-DD') AS committed_on
         FROM metric_targets t JOIN metrics m ON m.id = t.metric_id ORDER BY m.position, t.due_on`,
    );
    const hague = ["The Hague Summit Declaration", "https://www.nato.int/cps/en/natohq/official_texts_236705.htm", "2025-06-25"];
    expect(targets.map((t) => [t.slug, t.value, t.due_on, t.commitment_title, t.commitment_url, t.committed_on])).toEqual([
      [
        "defence-expenditure-share-of-gdp",
        "2.000000",
        "2024-12-31",
        "Vilnius Summit Communiqué",
        "https://www.nato.int/cps/en/natohq/official_texts_217320.htm",
        "2023-07-11",
      ],
      ["defence-expenditure-share-of-gdp", "3.500000", "2035-12-31", ...hague],
      ["defence-and-security-related-spending-share-of-gdp", "1.500000", "2035-12-31", ...hague],
      [
        "major-equipment-share-of-defence-expenditure",
        "20.000000",
        "2024-12-31",
        "Wales Summit Declaration, paragraph 14",
        "https://www.nato.int/cps/en/natohq/official_texts_112964.htm",
        "2014-09-05",
      ],
    ]);
    for (const target of targets) {
      expect(target.label.length).toBeGreaterThan(0);
      expect(target.committed_on <= target.due_on).toBe(true);
    }
    expect((await client.query("SELECT count(*)::int AS n FROM observations")).rows[0].n).toBe(0);
  });

  it("writes an audit row for each metric and target it creates, as the app's writes do", async () => {
    const { rows } = await client.query(
      "SELECT user_id, action, entity_type, entity_id, before, after FROM audit_log WHERE entity_type IN ('metric', 'metric_target') ORDER BY id",
    );
    expect(rows.map((r) => r.action)).toEqual([
      "metric.create",
      "metric_target.create",
      "metric_target.create",
      "metric.create",
      "metric_target.create",
      "metric.create",
      "metric_target.create",
    ]);
    expect(rows.every((r) => r.user_id === null && r.before === null)).toBe(true);
    const metric = (await client.query("SELECT id, slug FROM metrics ORDER BY position LIMIT 1")).rows[0];
    expect(rows[0]).toMatchObject({ entity_type: "metric", entity_id: String(metric.id) });
    expect(rows[0].after).toMatchObject({ id: metric.id, slug: metric.slug, unitKind: "PERCENT", decimals: 1, updatedById: null });
    expect(rows[1].after).toMatchObject({
      metricId: metric.id,
      value: "2",
      dueOn: "2024-12-31T00:00:00.000Z",
      committedOn: "2023-07-11T00:00:00.000Z",
    });
  });

  it("gives the same rows when run twice", async () => {
    const before = await snapshot();
    expect(await seed(client)).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("brings nothing back that editors renamed", async () => {
    await client.query("UPDATE indicators SET slug = 'renamed-by-an-editor' WHERE slug = $1", [seedIndicators[2].slug]);
    const before = await snapshot();
    expect(await seed(client)).toBe(0);
    expect(await snapshot()).toEqual(before);
    await client.query("UPDATE indicators SET slug = $1 WHERE slug = 'renamed-by-an-editor'", [seedIndicators[2].slug]);
  });

  it("never overwrites what editors changed in the seed's metrics, nor brings back a target they removed", async () => {
    const metric = (await client.query("SELECT id FROM metrics WHERE slug = $1", [seedMetrics[0].slug])).rows[0];
    await client.query("UPDATE metrics SET title = 'Edited by an editor', definition = 'Edited.', version = version + 1 WHERE id = $1", [
      metric.id,
    ]);
    await client.query("UPDATE metric_targets SET label = 'Edited label' WHERE metric_id = $1 AND due_on = '2035-12-31'", [metric.id]);
    await client.query("DELETE FROM metric_targets WHERE metric_id = $1 AND due_on = '2024-12-31'", [metric.id]);
    await client.query("UPDATE metrics SET slug = 'renamed-metric' WHERE slug = $1", [seedMetrics[2].slug]);
    const before = await snapshot();
    expect(await seed(client)).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(before.metrics).toHaveLength(3);
  });

  it("gives a database seeded before metrics existed the metrics once, even with the indicator renamed since", async () => {
    const older = await createTestDatabase(inject("adminDatabaseUrl"), { label: "seed-older" });
    const other = new pg.Client({ connectionString: older.url });
    try {
      await other.connect();
      // What the seed wrote before metrics existed: the source, the prediction and its indicators.
      const source = await other.query(
        "INSERT INTO sources (title, author, outlet, url, published_on, published_precision) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        [seedSource.title, seedSource.author, seedSource.outlet, seedSource.url, seedSource.publishedOn, seedSource.publishedPrecision],
      );
      const prediction = await other.query("INSERT INTO predictions (slug, title, claim, source_id) VALUES ($1, $2, $3, $4) RETURNING id", [
        seedPrediction.slug,
        seedPrediction.title,
        seedPrediction.claim,
        source.rows[0].id,
      ]);
      for (const [position, indicator] of seedIndicators.entries()) {
        await other.query(
          "INSERT INTO indicators (prediction_id, slug, title, criteria, theme, position) VALUES ($1, $2, $3, $4, $5, $6)",
          [prediction.rows[0].id, indicator.slug, indicator.title, indicator.criteria, indicator.theme, position],
        );
      }
      const { id } = (await other.query("SELECT id FROM indicators WHERE slug = $1", [seedMetricsIndicatorSlug])).rows[0];
      await other.query("UPDATE indicators SET slug = 'military-modernization' WHERE id = $1", [id]);
      await other.query("INSERT INTO slug_redirects (kind, slug, target_id) VALUES ('indicator', $1, $2)", [seedMetricsIndicatorSlug, id]);
      // Editors' own work since: a French title, and an English title rewritten.
      await other.query("UPDATE indicators SET title_fr = 'Titre de l’équipe' WHERE slug = $1", [seedIndicators[1].slug]);
      await other.query("UPDATE indicators SET title = 'Rewritten by an editor' WHERE slug = $1", [seedIndicators[2].slug]);

      // The metrics and their targets (with their French), and the French of the prediction and its three indicators.
      expect(await seed(other)).toBe(3 + 4 + 1 + 3);
      const { rows } = await other.query("SELECT indicator_id, slug FROM metrics ORDER BY position");
      expect(rows).toEqual(seedMetrics.map((m: { slug: string }) => ({ indicator_id: id, slug: m.slug })));
      expect((await other.query("SELECT count(*)::int AS n FROM audit_log")).rows[0].n).toBe(3 + 4 + 1 + 3);
      const indicators = (await other.query("SELECT * FROM indicators ORDER BY position")).rows;
      expect(indicators.map((i) => [i.title_fr, i.criteria_fr, i.theme_fr, i.version])).toEqual([
        [seedIndicators[0].titleFr, seedIndicators[0].criteriaFr, seedIndicators[0].themeFr, 2],
        ["Titre de l’équipe", seedIndicators[1].criteriaFr, seedIndicators[1].themeFr, 2],
        [null, seedIndicators[2].criteriaFr, seedIndicators[2].themeFr, 2],
      ]);
      const seeded = (await other.query("SELECT * FROM predictions")).rows[0];
      expect([seeded.title_fr, seeded.claim_fr]).toEqual([seedPrediction.titleFr, seedPrediction.claimFr]);
      const update = (await other.query("SELECT * FROM audit_log WHERE action = 'indicator.update' ORDER BY id LIMIT 1")).rows[0];
      expect(update).toMatchObject({
        user_id: null,
        before: { titleFr: null, version: 1 },
        after: { titleFr: seedIndicators[0].titleFr, version: 2 },
      });
      expect((await other.query("SELECT count(*)::int AS n FROM indicators")).rows[0].n).toBe(3);

      expect(await seed(other)).toBe(0);
      expect((await other.query("SELECT count(*)::int AS n FROM metrics")).rows[0].n).toBe(3);
      expect((await other.query("SELECT count(*)::int AS n FROM metric_targets")).rows[0].n).toBe(4);
    } finally {
      await other.end();
      await older.drop();
    }
  });

  it("adds no metrics to an indicator of the same slug that is not the seed prediction's", async () => {
    const own = await createTestDatabase(inject("adminDatabaseUrl"), { label: "seed-own" });
    const other = new pg.Client({ connectionString: own.url });
    try {
      await other.connect();
      const source = await other.query(
        `INSERT INTO sources (title, author, outlet, url, published_on) VALUES ('Fictional source', 'A. Writer', 'Outlet',
         'https://example.invalid/own-source', '2025-01-01') RETURNING id`,
      );
      const prediction = await other.query(
        "INSERT INTO predictions (slug, title, claim, source_id) VALUES ('own-prediction', 'Own prediction', 'A fictional claim.', $1) RETURNING id",
        [source.rows[0].id],
      );
      await other.query(
        "INSERT INTO indicators (prediction_id, slug, title, criteria, theme) VALUES ($1, $2, 'Own indicator', 'Fictional criteria.', 'Theme')",
        [prediction.rows[0].id, seedMetricsIndicatorSlug],
      );
      expect(await seed(other)).toBe(0);
      expect((await other.query("SELECT count(*)::int AS n FROM metrics")).rows[0].n).toBe(0);
    } finally {
      await other.end();
      await own.drop();
    }
  });

  it("seeds once when two replicas start on an empty database at the same moment", async () => {
    const empty = await createTestDatabase(inject("adminDatabaseUrl"), { label: "seed-race" });
    const clients = [new pg.Client({ connectionString: empty.url }), new pg.Client({ connectionString: empty.url })];
    try {
      await Promise.all(clients.map((c) => c.connect()));
      expect((await Promise.all(clients.map((c) => seed(c)))).sort((a, b) => a - b)).toEqual([0, SEEDED]);
      expect((await clients[0].query("SELECT count(*)::int AS n FROM metrics")).rows[0].n).toBe(3);
      expect((await clients[0].query("SELECT count(*)::int AS n FROM indicators")).rows[0].n).toBe(3);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await empty.drop();
    }
  });

  it("carries the French of what the project wrote, in Quebec typography, quotes kept in English and marked as translated", async () => {
    const { predictions, indicators, metrics, targets } = await snapshot();
    expect(predictions[0]).toMatchObject({ title_fr: seedPrediction.titleFr, claim_fr: seedPrediction.claimFr });
    expect(indicators.map((i) => [i.title_fr, i.criteria_fr, i.theme_fr])).toEqual(
      seedIndicators.map((i: { titleFr: string; criteriaFr: string; themeFr: string }) => [i.titleFr, i.criteriaFr, i.themeFr]),
    );
    const french = [
      ...predictions.flatMap((p) => [p.title_fr, p.claim_fr]),
      ...indicators.flatMap((i) => [i.title_fr, i.criteria_fr, i.theme_fr]),
      ...metrics.flatMap((m) => [m.title_fr, m.definition_fr, m.unit_fr]),
      // One target was removed by an earlier test.
      ...targets.flatMap((t) => [t.label_fr, t.commitment_title_fr]),
    ];
    expect(french).toHaveLength(2 + 9 + 9 + 6);
    for (const text of french) {
      expect(text, text).toMatch(/\S/);
      // OQLF: a non-breaking space before « : » and « % » and inside « », none before « ; ? ! ».
      expect(text, text).not.toMatch(/ [:%»;?!]|« |[^\u00A0]»|«[^\u00A0]|[^\s(\d][%]/);
    }
    // Each English quotation of the article is followed by its French rendering, marked « traduction libre ».
    const frenchTexts = [predictions[0].claim_fr, ...indicators.map((i) => i.criteria_fr)];
    const quotes = frenchTexts.flatMap((text: string) =>
      [...text.matchAll(/«\u00A0([^»]+)\u00A0» \((?:[^;)]*; )?traduction libre\u00A0: «/g)].map((m) => m[1]),
    );
    const english = [predictions[0].claim, ...indicators.map((i) => i.criteria)].flatMap((text: string) =>
      [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]),
    );
    expect(quotes).toEqual(english);
  });

  it("quotes the article sparingly: only fragments of its one predictive sentence", async () => {
    const { predictions, indicators } = await snapshot();
    const quoted = [predictions[0].claim, ...indicators.map((i) => i.criteria)].flatMap((text: string) =>
      [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]),
    );
    const sentence =
      "If the Carney government follows through — by modernizing the military, participating in European procurement " +
      "initiatives in a meaningful way and treating Arctic security as a transatlantic, not just a continental issue — " +
      "Canada will emerge as a more autonomous and relevant actor within NATO.";
    const words = quoted.join(" ").split(/\s+/).length;
    expect(words).toBeLessThan(40);
    for (const quote of quoted) expect(sentence.replace(/,/g, "")).toContain(quote.replace(/,/g, ""));
  });
});
