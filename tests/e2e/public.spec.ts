import { expect, test } from "@playwright/test";
import { SHARED_CACHE_CONTROL } from "../../server/deferred-head.mjs";
import {
  collectErrors,
  createPredictionFixture,
  invalidatePublicCaches,
  createUser,
  expectNoSeriousA11yViolations,
  fillEvidence,
  parseJsonFeed,
  parseXmlFeed,
  signIn,
  unique,
  withDb,
} from "./support";

test("a change made in the admin shows at once on the indicator page, the board and every feed", async ({ page, request, browser }) => {
  const editor = await createUser("editor", "fresh");
  const fixture = await createPredictionFixture("fresh");
  const [indicator] = fixture.indicators;
  // Warm every cache first, so that "at once" means revalidated, not merely uncached.
  for (const path of [
    `/?prediction=${fixture.slug}`,
    `/indicators/${indicator.slug}`,
    "/feed.xml",
    "/feed.atom",
    "/feed.json",
    `/indicators/${indicator.slug}/feed.xml`,
  ])
    await request.get(path);

  await signIn(page.request, editor);
  await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
  const summary = unique("Budget tabled");
  await page.getByLabel("New status").selectOption({ label: "Partially achieved" });
  await page.getByLabel("Public summary", { exact: true }).fill(summary);
  await fillEvidence(page, 1, { url: "https://example.org/budget", title: "Budget document", publisher: "Finance", date: "2026-03-01" });
  await page.getByRole("button", { name: "Publish status change" }).click();
  await expect(page).toHaveURL(/saved=change/);

  // Read as an anonymous reader (the editor's session cookie would go past the public cache).
  const reader = await browser.newPage();
  const errors = collectErrors(reader);
  const response = await reader.goto(`/indicators/${indicator.slug}`);
  expect(response?.headers()["x-cache"], "rendered anew after the write, not served from before it").toBe("MISS");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(indicator.title);
  await expect(reader.locator("header [data-status]")).toHaveText("Partially achieved");
  const entry = reader.getByTestId("timeline-entry").first();
  await expect(entry).toContainText(summary);
  await expect(entry.getByRole("link", { name: /Budget document/ })).toHaveAttribute("href", "https://example.org/budget");
  await expect(reader.getByRole("img", { name: /Time in each status since tracking began: .*Partially achieved 1 day/ })).toBeVisible();

  await reader.goto(`/?prediction=${fixture.slug}`);
  await expect(reader.getByTestId("indicator-card").filter({ hasText: indicator.title }).locator("[data-status]")).toHaveText(
    "Partially achieved",
  );

  const title = `${indicator.title}: Not yet rated → Partially achieved`;
  for (const path of ["/feed.xml", "/feed.atom", `/indicators/${indicator.slug}/feed.xml`, `/predictions/${fixture.slug}/feed.xml`]) {
    const feed = await parseXmlFeed(await (await request.get(path)).text());
    expect(
      feed.items.map((item) => item.title),
      path,
    ).toContain(title);
  }
  const { json } = await parseJsonFeed(await (await request.get("/feed.json")).text());
  expect(json.items.map((item: { title: string }) => item.title)).toContain(title);
  expect(errors).toEqual([]);
  await reader.context().close();
});

test("board filters live in the URL, can be shared, and order by recent change", async ({ page, request }) => {
  const fixture = await createPredictionFixture("filters", 2);
  const [older, newer] = fixture.indicators;
  await withDb(async (client) => {
    await client.query(
      "UPDATE indicators SET status = 'STALLED', last_change_at = now() - interval '1 day', theme = 'Filter theme' WHERE id = $1",
      [older.id],
    );
    await client.query("UPDATE indicators SET status = 'ACHIEVED', last_change_at = now(), theme = 'Filter theme' WHERE id = $1", [
      newer.id,
    ]);
    // Both past their target date: only the one not achieved is overdue.
    await client.query("UPDATE indicators SET target_on = DATE '2020-01-01' WHERE id = ANY($1)", [[older.id, newer.id]]);
  });
  await invalidatePublicCaches();

  // A shared address opens the filtered board (rows written straight to the database skip the
  // revalidation an admin write does, so start from a board first rendered now).
  await page.goto(`/?prediction=${fixture.slug}`);
  await expect(page.getByRole("combobox", { name: "Prediction", exact: true })).toHaveValue(fixture.slug);
  await expect(page.getByTestId("indicator-card")).toHaveCount(2);
  // The filter form submits a GET that is tidied into the canonical, shareable address.
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Stalled" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(`/?prediction=${fixture.slug}&status=STALLED`);
  await expect(page.getByTestId("indicator-card")).toHaveCount(1);
  await expect(page.getByTestId("indicator-card")).toContainText(older.title);
  await expect(page.getByRole("status")).toContainText("Showing 1 of");

  await page.goto(`/?prediction=${fixture.slug}&theme=filter-theme&order=recent`);
  await expect(page.getByRole("heading", { name: "Recently changed first" })).toBeVisible();
  await expect(page.getByTestId("indicator-card").locator("h3")).toHaveText([newer.title, older.title]);

  const redirect = await request.get(`/?order=recent&prediction=${fixture.slug}&status=&bogus=1`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toBe(`/?prediction=${fixture.slug}&order=recent`);
  await page.goto("/?status=ABANDONED&prediction=" + fixture.slug);
  await expect(page.getByText("No indicators match these filters.")).toBeVisible();

  // Overdue only: a checkbox in the form, and the overdue count links to it.
  await page.goto(`/?prediction=${fixture.slug}`);
  await page.getByRole("checkbox", { name: "Overdue only" }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(`/?prediction=${fixture.slug}&overdue=1`);
  await expect(page.getByTestId("indicator-card")).toHaveCount(1);
  await expect(page.getByTestId("indicator-card")).toContainText(older.title);
  await expect(page.getByTestId("indicator-card")).toContainText("Overdue");
  await expect(page.getByTestId("count-overdue").getByRole("link")).toHaveAttribute("href", "/?overdue=1");
});

test("every public page has social metadata and links to its feeds", async ({ request }) => {
  const fixture = await createPredictionFixture("meta");
  const [indicator] = fixture.indicators;
  const pages: [string, string[]][] = [
    ["/", ["/feed.xml", "/feed.atom", "/feed.json"]],
    ["/methodology", ["/feed.xml"]],
    ["/data", ["/feed.xml"]],
    [`/predictions/${fixture.slug}`, [`/predictions/${fixture.slug}/feed.xml`, "/feed.xml"]],
    [`/indicators/${indicator.slug}`, [`/indicators/${indicator.slug}/feed.xml`, `/indicators/${indicator.slug}/feed.atom`, "/feed.json"]],
  ];
  for (const [path, feeds] of pages) {
    const response = await request.get(path);
    const html = await response.text();
    // Shared caches may serve a page 1 s, and a copy 1 s older while refreshing it (issue 9: fresh behind nginx).
    if (!["/methodology", "/data"].includes(path)) expect(response.headers()["cache-control"], path).toBe(SHARED_CACHE_CONTROL);
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    expect(html, path).toMatch(/<meta property="og:image" content="[^"]+"/);
    for (const feed of feeds)
      expect(html, `${path} links ${feed}`).toMatch(
        new RegExp(`<link rel="alternate" type="application/[a-z+]+" href="[^"]*${feed.replace(/\./g, "\\.")}"`),
      );
  }
  const html = await (await request.get(`/indicators/${indicator.slug}`)).text();
  const image = html.match(/<meta property="og:image" content="[^"]*?(\/indicators\/[^"]+)"/)![1].replace(/&amp;/g, "&");
  const png = await request.get(image);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
});

test("the badge is an accessible SVG with the status as text", async ({ request }) => {
  const fixture = await createPredictionFixture("badge");
  const [indicator] = fixture.indicators;
  const badge = await request.get(`/indicators/${indicator.slug}/badge.svg`);
  expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const svg = await badge.text();
  expect(svg).toContain(`<title>${indicator.title}: Not yet rated</title>`);
  expect(svg).toMatch(/role="img" aria-label="[^"]+: Not yet rated"/);
  expect(svg).toContain(">Not yet rated</text>");

  // Past its target date and not achieved, it says so in words.
  await withDb((client) => client.query("UPDATE indicators SET target_on = DATE '2020-01-01' WHERE id = $1", [indicator.id]));
  await invalidatePublicCaches();
  const overdue = await (await request.get(`/indicators/${indicator.slug}/badge.svg`)).text();
  expect(overdue).toContain(">Not yet rated · overdue</text>");
  expect(overdue).toContain(`<title>${indicator.title}: Not yet rated · overdue</title>`);
});

test("the open-data API: JSON with ISO dates, cursor pagination, CORS, errors with reasons, CSV", async ({ request }) => {
  const fixture = await createPredictionFixture("api");
  const [indicator] = fixture.indicators;
  const author = await createUser("editor", "api");
  await withDb((client) =>
    client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
       SELECT $1, 'IN_PROGRESS', 'IN_PROGRESS', DATE '2026-01-01' + n, '=HYPERLINK("x") ' || n, $2 FROM generate_series(1, 5) AS n`,
      [indicator.id, author.id],
    ),
  );

  const predictions = await request.get("/api/v1/predictions");
  expect(predictions.headers()["access-control-allow-origin"]).toBe("*");
  const { data: allPredictions, license } = await predictions.json();
  expect(license).toContain("CC BY 4.0");
  expect(allPredictions.find((p: { slug: string }) => p.slug === fixture.slug)).toMatchObject({
    verdict: { code: "NOT_YET_RATED" },
    indicators: [indicator.slug],
  });

  const { data: indicators } = await (await request.get(`/api/v1/indicators?prediction=${fixture.slug}`)).json();
  expect(indicators).toEqual([
    expect.objectContaining({ slug: indicator.slug, status: "NOT_YET_RATED", status_since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
  ]);

  const firstPage = await (await request.get(`/api/v1/status-changes?indicator=${indicator.slug}&limit=2`)).json();
  expect(firstPage.data.map((c: { summary: string }) => c.summary)).toEqual(['=HYPERLINK("x") 5', '=HYPERLINK("x") 4']);
  expect(firstPage.data[0].published_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  const secondPage = await (await request.get(firstPage.pagination.next.replace(/^https?:\/\/[^/]+/, ""))).json();
  expect(secondPage.data.map((c: { summary: string }) => c.summary)).toEqual(['=HYPERLINK("x") 3', '=HYPERLINK("x") 2']);
  const ranged = await (await request.get(`/api/v1/status-changes?indicator=${indicator.slug}&from=2026-01-03&to=2026-01-04`)).json();
  expect(ranged.data.map((c: { effective_on: string }) => c.effective_on)).toEqual(["2026-01-04", "2026-01-03"]);

  for (const [path, status, reason] of [
    ["/api/v1/status-changes?cursor=not-a-cursor", 400, /cursor/],
    ["/api/v1/status-changes?limit=0", 400, /limit/],
    ["/api/v1/status-changes?from=2026-02-30", 400, /from/],
    ["/api/v1/status-changes?from=2026-03-01&to=2026-01-01", 400, /after/],
    ["/api/v1/status-changes?indicator=Bad%20Slug", 400, /indicator/],
    ["/api/v1/status-changes?indicator=no-such-thing", 404, /no-such-thing/],
    ["/api/v1/status-changes?indicator=a&indicator=b", 400, /more than once/],
    ["/api/v1/status-changes?colour=red", 400, /Unknown parameter “colour”/],
    ["/api/v1/indicators?status=OVERDUE", 400, /status/],
    ["/api/v1/predictions?x=1", 400, /takes no parameters/],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const body = await response.json();
    expect(body.error.message, path).toMatch(reason);
  }
  const preflight = await request.fetch("/api/v1/status-changes", {
    method: "OPTIONS",
    headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");

  const csv = await request.get(`/api/v1/status-changes.csv?indicator=${indicator.slug}`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte order mark spreadsheets need
  const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
  expect(lines).toHaveLength(6);
  expect(lines[0]).toMatch(/^"id","indicator","prediction","from_status","to_status","from_status_label","to_status_label","effective_on"/);
  expect(lines[1]).toContain('"In progress","In progress","2026-01-02"');
  expect(lines[1]).toContain(`"'=HYPERLINK(""x"") 1"`);
});

test("new public pages have no serious accessibility violations, in light and dark", async ({ page }) => {
  test.setTimeout(120_000); // axe takes seconds per page on a busy machine
  const fixture = await createPredictionFixture("a11y-public");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of [`/indicators/${fixture.indicators[0].slug}`, `/predictions/${fixture.slug}`, "/data", "/?order=recent"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  }
});

test("a renamed indicator's old addresses lead to its new ones", async ({ page, request }) => {
  const editor = await createUser("editor", "rename");
  const fixture = await createPredictionFixture("rename");
  const [indicator] = fixture.indicators;
  expect((await request.get(`/indicators/${indicator.slug}`)).status()).toBe(200); // cached under the old address
  await signIn(page.request, editor);
  await page.goto(`/admin/indicators/${indicator.id}`);
  const renamed = `${indicator.slug}-renamed`;
  await page.getByLabel("Slug").fill(renamed);
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page).toHaveURL(/saved=indicator/);

  for (const [from, to] of [
    [`/indicators/${indicator.slug}`, `/indicators/${renamed}`],
    [`/indicators/${indicator.slug}/feed.xml`, `/indicators/${renamed}/feed.xml`],
    [`/indicators/${indicator.slug}/badge.svg`, `/indicators/${renamed}/badge.svg`],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(307);
    expect(response.headers()["cache-control"] ?? "", from).not.toMatch(/(?<!s-)max-age=[1-9]|s-maxage=([2-9]|\d\d)/); // a rename can be undone
    expect(response.headers()["location"], from).toBe(to);
  }
  expect((await request.get(`/indicators/${indicator.slug}`)).url()).toMatch(new RegExp(`/indicators/${renamed}$`));
  // Signed in (past the public cache, straight to Next.js): one Location header, as for everyone.
  const signedIn = await page.request.get(`/indicators/${indicator.slug}`, { maxRedirects: 0 });
  expect(signedIn.headersArray().filter((header) => header.name.toLowerCase() === "location")).toEqual([
    { name: expect.any(String), value: `/indicators/${renamed}` },
  ]);
});

test("/favicon.ico, which browsers ask for on pages naming no icon, leads to the site's icon instead of a 404", async ({ request }) => {
  const response = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()["location"], "http://x").pathname).toBe("/icon.svg");
  expect((await request.get("/favicon.ico")).headers()["content-type"]).toContain("image/svg+xml");
});
