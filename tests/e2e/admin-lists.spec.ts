// The admin at scale: its lists are paginated and searchable with the state in the URL, and an
// indicator's page shows its history a page at a time. Rows are written straight to the database
// (many at once); every test makes its own, with unique names.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createUser, expectNoSeriousA11yViolations, signIn, unique, withDb, type TestUser } from "./support";

let editor: TestUser;
let admin: TestUser;

test.beforeAll(async () => {
  editor = await createUser("editor", "lists-editor");
  admin = await createUser("admin", "lists-admin");
});

/** A prediction with `count` indicators titled "<title> <n>" and slugged "<slug>-<n>" (n from 1), in one statement. */
async function createIndicators(count: number, options: { title?: string; statuses?: string[] } = {}) {
  const slug = unique("lists")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  const title = options.title ?? `Listed ${slug}`;
  return withDb(async (client) => {
    const {
      rows: [source],
    } = await client.query(
      `INSERT INTO sources (title, author, outlet, url, published_on) VALUES ($1, 'Author', 'Outlet', $2, '2026-01-01') RETURNING id`,
      [`Source ${slug}`, `https://example.org/${slug}`],
    );
    const {
      rows: [prediction],
    } = await client.query(
      `INSERT INTO predictions (slug, title, claim, source_id, position) VALUES ($1, $2, 'A claim.', $3, 500) RETURNING id`,
      [slug, `Prediction ${slug}`, source.id],
    );
    const statuses = options.statuses ?? ["NOT_YET_RATED"];
    const { rows: indicators } = await client.query(
      `INSERT INTO indicators (prediction_id, slug, title, criteria, theme, position, status)
       SELECT $1, $2 || '-' || n, $3 || ' ' || n, 'Criteria.', 'Theme', n, ($4::text[])[1 + (n - 1) % cardinality($4::text[])]::status
       FROM generate_series(1, $5::int) AS n ORDER BY n RETURNING id, slug, title, status`,
      [prediction.id, slug, title, statuses, count],
    );
    return {
      slug,
      title,
      predictionId: prediction.id as number,
      predictionTitle: `Prediction ${slug}`,
      indicators: indicators as { id: number; slug: string; title: string; status: string }[],
    };
  });
}

/** `count` entries in an indicator's history, one a day from 2025-01-01, each with one piece of evidence. */
async function createHistory(indicatorId: number, authorId: number, count: number) {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
       SELECT $1, 'IN_PROGRESS', 'IN_PROGRESS', DATE '2025-01-01' + n, 'History entry ' || n || '.', $2
       FROM generate_series(1, $3::int) AS n ORDER BY n RETURNING id`,
      [indicatorId, authorId, count],
    );
    await client.query(
      `INSERT INTO evidence (status_change_id, url, title, publisher, published_on, kind)
       SELECT id, 'https://example.org/e/' || id, 'Evidence ' || id, 'Publisher', '2025-01-01', 'NEWS' FROM unnest($1::int[]) AS id`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => row.id as number);
  });
}

const indicatorRows = (page: Page) => page.getByTestId("indicator-row");

/** The text of a page's alert (the ignored parameters), read from the HTML: no browser rendering needed for many addresses. */
async function alertOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return /<div role="alert"[^>]*>(.*?)<\/div>/s.exec(html)?.[1].replace(/<[^>]+>/g, " ") ?? "";
}

test("the admin's pages stay bounded however much is tracked", async ({ page }) => {
  const fixture = await createIndicators(120);
  const [first] = fixture.indicators;
  await createHistory(first.id, editor.id, 60);
  await signIn(page.request, editor);

  // The overview: at most one page of indicator links, whatever the database holds.
  await page.goto("/admin");
  const links = await page
    .locator("main a")
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")).filter((href) => /^\/admin\/indicators\/\d+$/.test(href ?? "")));
  expect(links.length).toBeGreaterThan(0);
  expect(links.length).toBeLessThanOrEqual(50);

  // An indicator's page: one page of its 60 entries.
  await page.goto(`/admin/indicators/${first.id}`);
  await expect(page.getByTestId("timeline-entry")).toHaveCount(25);
});

test("indicators are found by title or slug, case-insensitively, with the search in the URL", async ({ page }) => {
  const token = unique("Zephyr").replace(/[^A-Za-z0-9]/g, "");
  const byTitle = await createIndicators(3, { title: `Naval ${token} refit` });
  const bySlug = await createIndicators(2);
  await signIn(page.request, editor);

  await page.goto("/admin");
  const search = page.getByRole("search", { name: "Find indicators" });
  await search.getByLabel("Title or slug").fill(token.toUpperCase());
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${token.toUpperCase()}(&|$)`));
  await expect(indicatorRows(page)).toHaveCount(3);
  for (const indicator of byTitle.indicators) await expect(page.getByRole("link", { name: indicator.title, exact: true })).toBeVisible();
  await expect(page.getByTestId("list-summary")).toHaveText("3 indicators match.");
  // The state is in the URL: the form shows it back.
  await expect(search.getByLabel("Title or slug")).toHaveValue(token.toUpperCase());

  // A slug (not in any title) finds its indicator too.
  await page.goto(`/admin?q=${bySlug.indicators[1].slug}`);
  await expect(indicatorRows(page)).toHaveCount(1);
  await expect(indicatorRows(page)).toContainText(bySlug.indicators[1].title);

  // LIKE's wildcards are plain characters here.
  await page.goto(`/admin?q=${encodeURIComponent(`${token}%_`)}`);
  await expect(indicatorRows(page)).toHaveCount(0);
  await expect(page.getByText("No indicator matches this search.")).toBeVisible();
});

test("indicators are filtered by prediction and by status, and pages keep the filters", async ({ page }) => {
  const fixture = await createIndicators(120, { statuses: ["STALLED", "IN_PROGRESS", "ACHIEVED"] });
  await createIndicators(2, { statuses: ["STALLED"] }); // another prediction's: never listed below
  await signIn(page.request, editor);

  await page.goto("/admin");
  const search = page.getByRole("search", { name: "Find indicators" });
  await search.getByLabel("Prediction").selectOption({ label: fixture.predictionTitle });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]prediction=${fixture.predictionId}(&|$)`));
  await expect(page.getByTestId("list-summary")).toHaveText("Showing 1–50 of 120 indicators.");
  await expect(indicatorRows(page)).toHaveCount(50);
  await expect(indicatorRows(page).first()).toContainText(`${fixture.title} 1`);

  // Next and previous keep the filter.
  const pages = page.getByRole("navigation", { name: "Pages of indicators" });
  await expect(pages).toContainText("Page 1 of 3");
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(new RegExp(`prediction=${fixture.predictionId}.*page=2|page=2.*prediction=${fixture.predictionId}`));
  await expect(page.getByTestId("list-summary")).toHaveText("Showing 51–100 of 120 indicators.");
  await expect(indicatorRows(page).first()).toContainText(`${fixture.title} 51`);
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(indicatorRows(page)).toHaveCount(20);
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page.getByTestId("list-summary")).toHaveText("Showing 51–100 of 120 indicators.");

  // Status, with the prediction: 40 of each status; a changed filter starts again at page 1.
  await search.getByLabel("Status").selectOption({ label: "Stalled" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).not.toHaveURL(/page=/);
  await expect(page).toHaveURL(/status=STALLED/);
  await expect(page.getByTestId("list-summary")).toHaveText("40 indicators match.");
  await expect(indicatorRows(page)).toHaveCount(40);
  for (const row of await indicatorRows(page).all()) await expect(row.locator("[data-status]")).toHaveText("Stalled");

  // The same address later (a bookmark, a shared link) gives the same list and the same form.
  const address = page.url();
  await page.goto("/admin");
  await page.goto(address);
  await expect(indicatorRows(page)).toHaveCount(40);
  await expect(search.getByLabel("Status")).toHaveValue("STALLED");
  await expect(search.getByLabel("Prediction")).toHaveValue(String(fixture.predictionId));
});

test("the search works without JavaScript", async ({ browser }) => {
  const token = unique("Quokka").replace(/[^A-Za-z0-9]/g, "");
  await createIndicators(2, { title: `Harbour ${token}` });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signIn(context.request, editor);
  const page = await context.newPage();
  await page.goto("/admin");
  await page.getByLabel("Title or slug").fill(token);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${token}`));
  await expect(indicatorRows(page)).toHaveCount(2);
  await context.close();
});

test("bad list parameters are ignored with a message, never a server error", async ({ page }) => {
  const fixture = await createIndicators(3);
  await createHistory(fixture.indicators[0].id, editor.id, 3);
  await signIn(page.request, admin);
  const cases: [string, RegExp][] = [
    ["/admin?page=abc", /page/i],
    ["/admin?page=0", /page/i],
    ["/admin?page=99999999999999999999", /page/i],
    ["/admin?page=9999", /past the last page/i],
    ["/admin?status=BOGUS", /status/i],
    ["/admin?prediction=-1", /prediction/i],
    ["/admin?prediction=2147483648", /prediction/i],
    ["/admin?prediction=999999999", /prediction/i],
    [`/admin?q=${"x".repeat(201)}`, /search/i],
    ["/admin?q=a&q=b&page=1&page=2", /^$/],
    ["/admin?q=%00%C2%80", /^$/],
    ["/admin/predictions?page=-3", /page/i],
    ["/admin/sources?page=1.5", /page/i],
    [`/admin/indicators/${fixture.indicators[0].id}?page=x`, /page/i],
    [`/admin/indicators/${fixture.indicators[0].id}?page=50`, /past the last page/i],
    [`/admin/indicators/${fixture.indicators[0].id}?entry=abc`, /entry/i],
  ];
  for (const [path, message] of cases) expect(await alertOf(page.request, path), path).toMatch(message);
  // A valid filter next to a bad one still applies.
  await page.goto(`/admin?prediction=${fixture.predictionId}&status=BOGUS`);
  await expect(indicatorRows(page)).toHaveCount(3);
});

test("predictions and sources are listed a page at a time, with edit links", async ({ page }) => {
  const token = unique("Plover").replace(/[^A-Za-z0-9]/g, "");
  await withDb(async (client) => {
    const {
      rows: [source],
    } = await client.query(
      `INSERT INTO sources (title, author, outlet, url, published_on) VALUES ($1, 'A', 'O', 'https://example.org/s', '2026-01-01') RETURNING id`,
      [`Source ${token}`],
    );
    await client.query(
      `INSERT INTO predictions (slug, title, claim, source_id, position)
       SELECT lower($1) || '-' || n, $1 || ' prediction ' || n, 'Claim.', $2, 600 + n FROM generate_series(1, 30) AS n`,
      [token, source.id],
    );
  });
  await signIn(page.request, editor);
  await page.goto("/admin");
  await page.getByRole("link", { name: "All predictions" }).click();
  await expect(page).toHaveURL(/\/admin\/predictions$/);
  const search = page.getByRole("search", { name: "Find predictions" });
  await search.getByLabel("Title or slug").fill(token.toLowerCase());
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("list-summary")).toHaveText("Showing 1–25 of 30 predictions.");
  await expect(page.getByTestId("prediction-row")).toHaveCount(25);
  await page.getByRole("navigation", { name: "Pages of predictions" }).getByRole("link", { name: "Next" }).click();
  await expect(page.getByTestId("prediction-row")).toHaveCount(5);
  await expect(page).toHaveURL(new RegExp(`q=${token.toLowerCase()}`));
  const row = page.getByTestId("prediction-row").filter({ hasText: `${token} prediction 30` });
  await row.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { name: "Edit prediction" })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(`${token} prediction 30`);

  // Sources: one page at a time, and searchable.
  await page.goto("/admin/sources");
  expect(await page.getByTestId("source-row").count()).toBeLessThanOrEqual(25);
  await page.getByRole("search", { name: "Find sources" }).getByLabel("Title, author or outlet").fill(token);
  await page.getByRole("search", { name: "Find sources" }).getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("source-row")).toHaveCount(1);
  await expect(page.getByRole("link", { name: `Edit Source ${token}` })).toBeVisible();
});

test("an indicator's page shows its history a page at a time, with correct and retract links", async ({ page }) => {
  const fixture = await createIndicators(1);
  const [indicator] = fixture.indicators;
  const ids = await createHistory(indicator.id, editor.id, 60); // "History entry n", effective 2025-01-01 + n days
  // The oldest entry is corrected by the newest one: they end up on the first and the last page.
  const [oldest] = ids;
  const correction = await withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id, corrects_id, correction_note)
       VALUES ($1, 'IN_PROGRESS', 'STALLED', '2025-06-01', 'Corrected entry.', $2, $3, 'It had stalled.') RETURNING id`,
      [indicator.id, editor.id, oldest],
    );
    return rows[0].id as number;
  });
  await signIn(page.request, admin);

  await page.goto(`/admin/indicators/${indicator.id}`);
  const history = page.getByRole("region", { name: /^History/ });
  await expect(history.getByRole("heading", { level: 2 })).toHaveText("History, page 1 of 3");
  await expect(page.getByTestId("timeline-entry")).toHaveCount(25);
  await expect(page.getByTestId("timeline-entry").first()).toContainText("Corrected entry.");
  await expect(page.getByTestId("timeline-entry").nth(1)).toContainText("History entry 60.");
  await expect(page.getByRole("link", { name: `Correct entry #${ids[59]}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Retract entry #${ids[59]}` })).toBeVisible();

  const pages = page.getByRole("navigation", { name: "Pages of the history" });
  await pages.getByRole("link", { name: "Older changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/indicators/${indicator.id}\\?page=2$`));
  await expect(page.getByTestId("timeline-entry").first()).toContainText("History entry 36.");
  await pages.getByRole("link", { name: "Older changes" }).click();
  // 61 entries: page 3 holds the oldest 11.
  await expect(page.getByTestId("timeline-entry")).toHaveCount(11);
  await expect(pages.getByRole("link", { name: "Older changes" })).toHaveCount(0);

  // The corrected entry, on this page, links to its correction on page 1 of the admin's history.
  const corrected = page.locator(`#change-${oldest}`);
  await expect(corrected.getByTestId("corrected-marker")).toBeVisible();
  await corrected.getByRole("link", { name: `entry #${correction}`, exact: true }).click();
  await expect(page.locator(`#change-${correction}`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/admin/indicators/${indicator.id}\\?entry=${correction}#change-${correction}$`));
  await expect(page.locator(`#change-${correction}`).getByRole("link", { name: `Correct entry #${correction}` })).toBeVisible();
});

test("the lists, their messages and pagination have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000); // axe takes seconds per page on a busy machine
  const fixture = await createIndicators(60);
  await createHistory(fixture.indicators[0].id, editor.id, 30);
  const auditId = await withDb(
    async (client) =>
      (
        await client.query(
          `INSERT INTO audit_log (user_id, action, entity_type, entity_id, before, after) VALUES ($1, 'indicator.update', 'indicator', '1', '{"title": "A"}', '{"title": "B"}') RETURNING id`,
          [editor.id],
        )
      ).rows[0].id,
  );
  await signIn(page.request, admin);
  for (const path of [
    "/admin/audit",
    `/admin/audit/${auditId}`,
    `/admin?prediction=${fixture.predictionId}&page=2&status=BOGUS`,
    `/admin?q=${fixture.slug}-nothing`,
    "/admin/predictions?page=2",
    "/admin/sources?q=source",
    `/admin/indicators/${fixture.indicators[0].id}?page=2`,
  ]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
});

test("the audit log stays small however large the audited records, and each entry opens in full, to admins only", async ({
  page,
  playwright,
  baseURL,
}) => {
  // 50 status changes with long summaries, written by one editor: a full page of the log.
  const long = "A long public summary of what happened and why it moves the status. ".repeat(58); // about 4,000 characters
  await withDb((client) =>
    client.query(
      `INSERT INTO audit_log (user_id, action, entity_type, entity_id, before, after)
       SELECT $1, 'status_change.record', 'status_change', n::text, jsonb_build_object('indicator', jsonb_build_object('status', 'IN_PROGRESS')),
              jsonb_build_object('change', jsonb_build_object('summary', $2 || n, 'evidence', (SELECT jsonb_agg(jsonb_build_object('url', 'https://example.org/' || e, 'title', $2)) FROM generate_series(1, 3) AS e)))
       FROM generate_series(1, 50) AS n`,
      [editor.id, long],
    ),
  );
  await signIn(page.request, admin);
  const response = await page.goto(`/admin/audit?user=${editor.id}`);
  const html = await response!.text();
  await expect(page.getByTestId("audit-row")).toHaveCount(50);
  expect(html.length, "bytes of the audit log's page").toBeLessThan(300_000);

  // Each entry's record, in full, on its own page.
  await page
    .getByTestId("audit-row")
    .first()
    .getByRole("link", { name: /^Details/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("status_change.record");
  await expect(page.getByTestId("audit-after")).toContainText(`${long}50`);

  // The entry's page checks access itself, like every admin page.
  const entryPath = new URL(page.url()).pathname;
  const editorRequest = await playwright.request.newContext({ baseURL });
  await signIn(editorRequest, editor);
  expect((await editorRequest.get(entryPath, { maxRedirects: 0 })).status()).toBe(403);
  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: "authjs.session-token=not-a-session" } });
  expect((await anonymous.get(entryPath, { maxRedirects: 0 })).status()).toBe(307);
  await Promise.all([editorRequest.dispose(), anonymous.dispose()]);
});
