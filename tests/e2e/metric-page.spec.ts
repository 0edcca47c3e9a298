// Measured progress as readers see it: the indicator page's metric (latest value, next target, pace,
// chart and table), the metric's page with every value (revised, corrected and retracted ones with
// their notes), an observation's permanent address, the board's card, accessibility, hostile text,
// and a chart that adds no JavaScript. All data is fictional and made here.
import { expect, test, type Page } from "@playwright/test";
import type pg from "pg";
import { PACE_RULE } from "@/lib/rules/pace";
import {
  collectErrors,
  createPredictionFixture,
  createUser,
  expectNoSeriousA11yViolations,
  invalidatePublicCaches,
  unique,
  withDb,
} from "./support";

type Observation = {
  period: string;
  start: string;
  end: string;
  value: number;
  stage?: "DELIVERED" | "ALLOCATED" | "PLEDGED";
  estimate?: boolean;
  note?: string | null;
  revises?: number;
  corrects?: number;
  correctionNote?: string;
};

/**
 * Inserts a metric with its targets, the way lib/metrics/metrics.ts writes them (text passes through
 * followthrough_clean_text, as the app's validation cleans it on the way in).
 */
async function insertMetric(
  client: pg.Client,
  indicatorId: number,
  fields: { title: string; definition: string; unit: string; decimals?: number; position?: number },
  targets: { value: number; due: string; committed: string; commitment: string; url: string; label?: string }[] = [],
) {
  const slug = unique("metric")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  const { rows } = await client.query(
    `INSERT INTO metrics (indicator_id, slug, title, definition, unit, unit_kind, decimals, position)
     VALUES ($1, $2, followthrough_clean_text($3), followthrough_clean_text($4), followthrough_clean_text($5), 'PERCENT', $6, $7) RETURNING id`,
    [indicatorId, slug, fields.title, fields.definition, fields.unit, fields.decimals ?? 1, fields.position ?? 0],
  );
  for (const target of targets) {
    await client.query(
      `INSERT INTO metric_targets (metric_id, value, due_on, label, commitment_title, commitment_url, committed_on)
       VALUES ($1, $2, $3, followthrough_clean_text($4), followthrough_clean_text($5), $6, $7)`,
      [rows[0].id, target.value, target.due, target.label ?? "", target.commitment, target.url, target.committed],
    );
  }
  return { id: rows[0].id as number, slug };
}

/** Inserts an observation with one piece of evidence, as lib/metrics/observations.ts records one. */
async function insertObservation(client: pg.Client, metricId: number, authorId: number, o: Observation) {
  const kind = o.period.length === 4 ? "YEAR" : "DAY";
  const { rows } = await client.query(
    `INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, estimate, value, note, revises_id, corrects_id,
       correction_note, author_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, followthrough_clean_text($9), $10, $11, followthrough_clean_text($12), $13) RETURNING id`,
    [
      metricId,
      kind,
      o.period,
      o.start,
      o.end,
      o.stage ?? "DELIVERED",
      o.estimate ?? false,
      o.value,
      o.note ?? null,
      o.revises ?? null,
      o.corrects ?? null,
      o.correctionNote ?? null,
      authorId,
    ],
  );
  await client.query(
    `INSERT INTO observation_evidence (observation_id, url, title, publisher, published_on, kind)
     VALUES ($1, $2, $3, 'Fictional Statistics Office', '2026-02-01', 'OFFICIAL')`,
    [rows[0].id, `https://example.org/stats/${o.period}`, `Fictional yearbook ${o.period}`],
  );
  return rows[0].id as number;
}

const year = (y: number, value: number, extra: Partial<Observation> = {}): Observation => ({
  period: String(y),
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  value,
  ...extra,
});

/**
 * An indicator with one fictional metric: delivered values 2021 to 2025 (2025 an estimate), a 2023
 * value revised by its source, a 2024 value corrected, a retracted 2020 value, an allocation for 2026
 * and a pledge for 2027; targets of 2.0% by the end of 2026 and 3.5% by the end of 2035.
 */
async function createMetricFixture(label: string) {
  const fixture = await createPredictionFixture(label, 2);
  const author = await createUser("editor", `${label}-author`);
  const [indicator, bare] = fixture.indicators;
  const ids = await withDb(async (client) => {
    const metric = await insertMetric(
      client,
      indicator.id,
      {
        title: "Widget spending, share of output (fictional)",
        definition: "Fictional test data: what Testland spends on widgets, as a share of its output.",
        unit: "% of GDP",
      },
      [
        {
          value: 2,
          due: "2026-12-31",
          committed: "2023-07-01",
          commitment: "Fictional Accord of Testville",
          url: "https://example.org/accord",
        },
        {
          value: 3.5,
          due: "2035-12-31",
          committed: "2025-06-01",
          commitment: "Fictional Declaration",
          url: "https://example.org/declaration",
        },
      ],
    );
    const add = (o: Observation) => insertObservation(client, metric.id, author.id, o);
    const retracted = await add(year(2020, 9.9));
    await client.query(
      "UPDATE observations SET retracted_at = now(), retracted_by_id = $2, retraction_note = 'Fictional: recorded for the wrong country.' WHERE id = $1",
      [retracted, author.id],
    );
    await add(year(2021, 1.2));
    await add(year(2022, 1.3));
    const original2023 = await add(year(2023, 1.4));
    const revision = await add(year(2023, 1.5, { revises: original2023, note: "Fictional: the office revised 2023 upward." }));
    const typo = await add(year(2024, 1.9));
    const correction = await add(year(2024, 1.6, { corrects: typo, correctionNote: "Fictional: we typed 1.9 for 1.6." }));
    const latest = await add(year(2025, 1.8, { estimate: true }));
    await add(year(2026, 2.1, { stage: "ALLOCATED" }));
    await add(year(2027, 2.5, { stage: "PLEDGED" }));
    return { metric, retracted, original2023, revision, typo, correction, latest };
  });
  await invalidatePublicCaches();
  return { fixture, indicator, bare, author, ...ids };
}

/** The script files a page loads. */
const scriptSources = (page: Page) =>
  page.locator("script[src]").evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src")).sort());

test("the indicator page shows a metric's latest value, next target, pace, chart and the same numbers in a table", async ({ page }) => {
  const { indicator, metric, latest } = await createMetricFixture("metric-view");
  const errors = collectErrors(page);
  await page.goto(`/indicators/${indicator.slug}`);
  const section = page.getByRole("region", { name: "Measured progress" });
  const card = section.getByTestId("metric");
  await expect(card).toHaveAttribute("id", `metric-${metric.slug}`);
  await expect(card.getByRole("heading", { name: "Widget spending, share of output (fictional)" })).toBeVisible();
  await expect(card).toContainText("Fictional test data: what Testland spends on widgets");
  await expect(card.getByTestId("metric-latest")).toContainText("1.8% of GDP, 2025 (estimate)");
  await expect(card.getByTestId("metric-latest")).toContainText("2.1% of GDP, 2026 (allocated)");
  await expect(card.getByTestId("metric-latest")).toContainText("2.5% of GDP, 2027 (pledged)");
  await expect(card.getByTestId("metric-next-target")).toContainText("2.0% of GDP by December 31, 2026 — Fictional Accord of Testville");
  await expect(card.getByRole("link", { name: "Fictional Accord of Testville" })).toHaveAttribute("href", "https://example.org/accord");
  // Baseline 1.3 (2022, the last value before the commitment of July 2023); 2.0 due at the end of 2026:
  // at the end of 2025 the line stands at 1.3 + 0.7 × 1096/1461 ≈ 1.83.
  await expect(card.getByTestId("metric-pace")).toHaveAttribute("data-pace", "behind");
  await expect(card.getByTestId("metric-pace")).toContainText(
    "Behind pace A straight line from 1.3% of GDP (2022) to 2.0% of GDP by December 31, 2026 needed 1.83% of GDP by the end of 2025; " +
      "the latest delivered value is 1.8% of GDP.",
  );

  // The chart: an image named by its title, described in words, drawing each value once.
  const chart = card.getByRole("img", { name: /Widget spending, share of output \(fictional\), over time/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((svg) => svg.tagName)).toBe("svg");
  await expect(chart.locator("title")).toHaveText("Widget spending, share of output (fictional), over time");
  await expect(chart.locator("desc")).toContainText("Latest delivered: 1.8% of GDP, 2025 (estimate).");
  await expect(chart.locator("desc")).toContainText("Targets: 2.0% of GDP by December 31, 2026; 3.5% of GDP by December 31, 2035.");
  await expect(chart.locator("desc")).toContainText("Behind pace.");
  await expect(chart.locator("[data-stage=DELIVERED] circle")).toHaveCount(5);
  await expect(chart.locator("[data-stage=DELIVERED] circle[data-estimate]")).toHaveCount(1);
  await expect(chart.locator("[data-stage=ALLOCATED] circle")).toHaveCount(1);
  await expect(chart.locator("[data-stage=PLEDGED] circle")).toHaveCount(1);
  await expect(chart.getByTestId("chart-target")).toHaveCount(2);
  await expect(chart.getByTestId("chart-target").first()).toContainText("Target 3.5 by 2035");

  // The table: the same values, newest period first; corrected, revised and retracted ones left out.
  const table = card.getByRole("table", { name: /values of Widget spending/ });
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
  expect(rows).toEqual([
    ["2027", "Pledged", "2.5% of GDP"],
    ["2026", "Allocated", "2.1% of GDP"],
    ["2025", "Delivered", "1.8% of GDP (estimate)"],
    ["2024", "Delivered", "1.6% of GDP"],
    ["2023", "Delivered", "1.5% of GDP"],
    ["2022", "Delivered", "1.3% of GDP"],
    ["2021", "Delivered", "1.2% of GDP"],
  ]);
  await expect(table.locator("thead th[scope=col]")).toHaveText(["Period", "Stage", "Value"]);
  await expect(table.getByRole("rowheader", { name: "2025" }).getByRole("link")).toHaveAttribute(
    "href",
    `/indicators/${indicator.slug}/observations/${latest}`,
  );
  await expect(card.getByRole("link", { name: /All 7 values/ })).toHaveAttribute(
    "href",
    `/indicators/${indicator.slug}/metrics/${metric.slug}`,
  );
  expect(errors).toEqual([]);
});

test("a metric's page lists every value: a revision, a correction and a retraction with their notes, and the evidence", async ({
  page,
}) => {
  const { indicator, metric, retracted, original2023, revision, typo, correction } = await createMetricFixture("metric-page");
  await page.goto(`/indicators/${indicator.slug}/metrics/${metric.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Widget spending, share of output (fictional)");
  await expect(page.getByRole("region", { name: "What is counted" })).toContainText("Unit: % of GDP, shown to 1 decimal.");
  await expect(page.getByTestId("metric-targets").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("img", { name: /over time/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /newest values counting now/ }).locator("tbody tr")).toHaveCount(7);
  const values = page.getByTestId("observation");
  await expect(values).toHaveCount(10);

  const revised = page.locator(`#observation-${revision}`);
  await expect(revised).toHaveAttribute("data-state", "current");
  await expect(revised.getByTestId("revision-note")).toHaveText(
    "Revised by the source: was 1.4% of GDP, 2023. Fictional: the office revised 2023 upward.",
  );
  await expect(revised.getByTestId("revision-note").getByRole("link")).toHaveAttribute("href", `#observation-${original2023}`);
  await expect(page.locator(`#observation-${original2023}`)).toHaveAttribute("data-state", "revised");
  await expect(page.locator(`#observation-${original2023}`).getByTestId("revised-marker")).toContainText(`value #${revision}`);

  const corrected = page.locator(`#observation-${correction}`);
  await expect(corrected.getByTestId("correction-note")).toHaveText(
    `Correction of value #${typo} (was 1.9% of GDP, 2024): Fictional: we typed 1.9 for 1.6.`,
  );
  await expect(corrected.getByRole("link", { name: `value #${typo}` })).toHaveAttribute("href", `#observation-${typo}`);
  await expect(page.locator(`#observation-${typo}`)).toHaveAttribute("data-state", "corrected");
  await expect(page.locator(`#observation-${typo}`).getByRole("link", { name: `value #${correction}` })).toHaveAttribute(
    "href",
    `#observation-${correction}`,
  );

  const withdrawn = page.locator(`#observation-${retracted}`);
  await expect(withdrawn).toHaveAttribute("data-state", "retracted");
  await expect(withdrawn.getByTestId("retraction-note")).toContainText("Fictional: recorded for the wrong country. It no longer counts.");
  await expect(withdrawn.getByRole("link", { name: "Fictional yearbook 2020" })).toHaveAttribute("href", "https://example.org/stats/2020");
  await expect(withdrawn).toContainText("Fictional Statistics Office");

  // Newest period first: 2027 leads, the retracted 2020 value closes the list.
  await expect(values.first()).toContainText("2027");
  await expect(values.last()).toContainText("2020");
  expect((await page.request.get(`/indicators/${indicator.slug}/metrics/no-such-metric`)).status()).toBe(404);
  expect((await page.request.get(`/indicators/${indicator.slug}/metrics/${metric.slug}/history/2`)).status()).toBe(404);
});

test("an observation's permanent address leads to the page of the metric's values that shows it", async ({ page, request }) => {
  const { indicator, bare, author, metric, latest } = await createMetricFixture("metric-permalink");
  const found = await request.get(`/indicators/${indicator.slug}/observations/${latest}`, { maxRedirects: 0 });
  expect(found.status()).toBe(307);
  expect(found.headers()["location"]).toBe(`/indicators/${indicator.slug}/metrics/${metric.slug}#observation-${latest}`);
  expect(found.headers()["cache-control"]).toBe("no-store");

  // Another indicator's address, an unknown id and a malformed one are not found.
  for (const path of [
    `/indicators/${bare.slug}/observations/${latest}`,
    `/indicators/${indicator.slug}/observations/999999999`,
    `/indicators/${indicator.slug}/observations/1x`,
  ])
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);

  // A metric with more values than a page holds: the oldest is on page 2 of its values.
  const daily = await withDb(async (client) => {
    const metric = await insertMetric(client, bare.id, { title: "Fictional daily count", definition: "Fictional.", unit: "%" });
    await client.query(
      `INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, value, author_id)
       SELECT $1, 'DAY', to_char(d, 'YYYY-MM-DD'), d, d, 'DELIVERED', 10 + (extract(doy FROM d)::int % 7), $2
       FROM generate_series(DATE '2026-01-01', DATE '2026-03-01', interval '1 day') AS d`,
      [metric.id, author.id],
    );
    const { rows } = await client.query("SELECT id FROM observations WHERE metric_id = $1 ORDER BY period_end LIMIT 1", [metric.id]);
    return { ...metric, oldest: rows[0].id as number };
  });
  await invalidatePublicCaches();
  const older = await request.get(`/indicators/${bare.slug}/observations/${daily.oldest}`, { maxRedirects: 0 });
  expect(older.headers()["location"]).toBe(`/indicators/${bare.slug}/metrics/${daily.slug}/history/2#observation-${daily.oldest}`);
  // A renamed indicator's old addresses lead to the new ones, as its other pages do (an editor's rename
  // records the old slug; lib/predictions/slug-redirects.ts).
  const renamed = `${indicator.slug}-renamed`;
  await withDb(async (client) => {
    await client.query("UPDATE indicators SET slug = $2 WHERE id = $1", [indicator.id, renamed]);
    await client.query("INSERT INTO slug_redirects (kind, slug, target_id) VALUES ('indicator', $1, $2)", [indicator.slug, indicator.id]);
  });
  await invalidatePublicCaches();
  for (const [from, to] of [
    [`/indicators/${indicator.slug}/metrics/${metric.slug}`, `/indicators/${renamed}/metrics/${metric.slug}`],
    [`/indicators/${indicator.slug}/observations/${latest}`, `/indicators/${renamed}/observations/${latest}`],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(307);
    expect(response.headers()["location"], from).toBe(to);
  }

  await page.goto(`/indicators/${bare.slug}/metrics/${daily.slug}/history/2`);
  await expect(page.getByRole("heading", { name: "Every value, page 2 of 2" })).toBeVisible();
  await expect(page.locator(`#observation-${daily.oldest}`)).toContainText("2026-01-01");
  await expect(page.getByTestId("observation")).toHaveCount(10);
});

test("the indicator and metric pages have no serious accessibility violations, chart and table included, in light and dark", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe takes seconds per page on a busy machine
  const { indicator, metric } = await createMetricFixture("metric-a11y");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of [`/indicators/${indicator.slug}`, `/indicators/${indicator.slug}/metrics/${metric.slug}`]) {
      await page.goto(path);
      await expect(page.getByTestId("metric-chart")).toHaveCount(1);
      await expect(page.getByTestId("observation").or(page.getByTestId("metric-table")).first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    }
    await page.goto("/methodology#measured-progress");
    await expect(page.getByTestId("pace-rule").getByRole("listitem")).toHaveCount(PACE_RULE.length);
    await expectNoSeriousA11yViolations(page);
  }
});

test("the chart adds no JavaScript: the same script files as a page without one, and no scripts or handlers in its markup", async ({
  page,
}) => {
  const { indicator, bare } = await createMetricFixture("metric-nojs");
  await page.goto(`/indicators/${bare.slug}`);
  await expect(page.getByTestId("metric-chart")).toHaveCount(0);
  const without = await scriptSources(page);
  await page.goto(`/indicators/${indicator.slug}`);
  const chart = page.getByTestId("metric-chart");
  await expect(chart).toHaveCount(1);
  expect(await scriptSources(page)).toEqual(without);
  const active = await chart.evaluate((svg) => ({
    scripts: svg.querySelectorAll("script, foreignObject").length,
    handlers: [...svg.querySelectorAll("*"), svg].flatMap((node) =>
      [...node.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
    ),
    links: svg.querySelectorAll("a").length,
  }));
  expect(active).toEqual({ scripts: 0, handlers: [], links: 0 });
});

test("hostile text in a metric's title, unit, definition and notes is escaped in the chart and the pages", async ({ page, request }) => {
  const fixture = await createPredictionFixture("metric-hostile");
  const author = await createUser("editor", "metric-hostile");
  const [indicator] = fixture.indicators;
  const hostile = `</title><script>alert("x")</script> ]]> <desc>& \u202Eevil`;
  const cleaned = hostile.replace(/\u202E/g, ""); // bidirectional controls are removed on the way in
  const metric = await withDb(async (client) => {
    const metric = await insertMetric(
      client,
      indicator.id,
      { title: `Title ${hostile}`, definition: `Definition ${hostile}`, unit: `unit ${hostile}` },
      [
        {
          value: 50,
          due: "2030-12-31",
          committed: "2024-01-01",
          commitment: `Commitment ${hostile}`,
          url: "https://example.org/c?a=1&b=<2>",
        },
      ],
    );
    const first = await insertObservation(client, metric.id, author.id, year(2024, 10));
    await insertObservation(client, metric.id, author.id, year(2024, 12, { revises: first, note: `Note ${hostile}` }));
    return metric;
  });
  await invalidatePublicCaches();
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });

  for (const path of [
    `/indicators/${indicator.slug}`,
    `/indicators/${indicator.slug}/metrics/${metric.slug}`,
    `/?prediction=${fixture.slug}`,
  ]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain("<script>alert");
    expect(html, path).not.toContain("\u202E");
    expect(html, path).not.toMatch(/<desc>&/);
  }
  await page.goto(`/indicators/${indicator.slug}`);
  const chart = page.getByTestId("metric-chart");
  await expect(chart.locator("title")).toHaveText(`Title ${cleaned}, over time`);
  await expect(chart.locator("desc")).toContainText(`Title ${cleaned}`);
  await expect(chart.locator("desc")).toContainText(`12.0 unit ${cleaned}, 2024`);
  expect(await chart.locator("desc").count()).toBe(1);
  expect(
    await page.locator("script:not([src])").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('alert("x")')).length),
  ).toBe(0);
  await expect(page.getByTestId("metric").getByRole("heading", { name: `Title ${cleaned}` })).toBeVisible();
  await expect(page.getByTestId("metric")).toContainText(`Definition ${cleaned}`);
  await expect(page.getByRole("link", { name: `Commitment ${cleaned}` })).toHaveAttribute("href", "https://example.org/c?a=1&b=<2>");

  await page.goto(`/indicators/${indicator.slug}/metrics/${metric.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Title ${cleaned}`);
  await expect(page.getByTestId("revision-note")).toContainText(`Note ${cleaned}`);
  await expect(page.getByTestId("metric-chart").locator("title")).toHaveText(`Title ${cleaned}, over time`);
  expect(dialogs).toBe(0);
});

test("a board card with a metric shows its latest delivered value and a trend line", async ({ page }) => {
  const { fixture, indicator, bare, metric } = await createMetricFixture("metric-board");
  for (const path of [`/?prediction=${fixture.slug}`, `/predictions/${fixture.slug}`]) {
    await page.goto(path);
    const card = page.getByTestId("indicator-card").filter({ hasText: indicator.title });
    const progress = card.getByTestId("card-metric");
    await expect(progress, path).toContainText("Widget spending, share of output (fictional)");
    await expect(progress, path).toContainText("1.8% of GDP, 2025 (estimate)");
    await expect(progress.getByRole("link")).toHaveAttribute("href", `/indicators/${indicator.slug}#metric-${metric.slug}`);
    await expect(progress.locator("svg[aria-hidden=true] path")).toHaveCount(1);
    await expect(page.getByTestId("indicator-card").filter({ hasText: bare.title }).getByTestId("card-metric")).toHaveCount(0);
  }
});
