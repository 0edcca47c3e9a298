import { expect, test } from "@playwright/test";
import { SHARED_CACHE_CONTROL } from "../../server/deferred-head.mjs";
import {
  callAction,
  createPredictionFixture,
  createUser,
  expectSaved,
  parseJsonFeed,
  parseXmlFeed,
  readXmlItems,
  signIn,
  statusChangeFields,
  unique,
  withDb,
} from "./support";

async function record(request: Parameters<typeof callAction>[0], indicatorId: number, toStatus: string, summary: string) {
  const version = await withDb(
    async (client) => (await client.query("SELECT version FROM indicators WHERE id = $1", [indicatorId])).rows[0].version,
  );
  const call = await callAction(request, `/admin/indicators/${indicatorId}/changes/new`, "recordStatusChangeAction", {
    ...statusChangeFields(indicatorId, version, summary),
    toStatus,
  });
  expectSaved(call, `/admin/indicators/${indicatorId}?saved=change`);
  return withDb(async (client) => (await client.query("SELECT id FROM status_changes WHERE summary = $1", [summary])).rows[0].id as number);
}

/** `count` entries "<prefix> 1" … "<prefix> <count>", effective and published one after another. */
function insertEntries(indicatorId: number, authorId: number, count: number, prefix: string) {
  return withDb((client) =>
    client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id, created_at)
       SELECT $1, 'IN_PROGRESS', 'IN_PROGRESS', DATE '2026-01-01' + n, $4 || ' ' || n, $2, now() - make_interval(mins => $3 + 5 - n)
       FROM generate_series(1, $3::int) AS n`,
      [indicatorId, authorId, count, prefix],
    ),
  );
}

test("feeds of an indicator and its prediction: items, order, titles, links, guids, dates", async ({ page, request, baseURL }) => {
  const editor = await createUser("editor", "feeds");
  const admin = await createUser("admin", "feeds-admin");
  const fixture = await createPredictionFixture("feeds", 2);
  const [first, second] = fixture.indicators;
  await signIn(page.request, editor);
  const a = await record(page.request, first.id, "IN_PROGRESS", unique("first change"));
  const b = await record(page.request, first.id, "STALLED", unique("second change"));
  const c = await record(page.request, second.id, "ACHIEVED", unique("other indicator"));

  const rss = await parseXmlFeed(await (await request.get(`/indicators/${first.slug}/feed.xml`)).text());
  expect(rss.title).toBe(`Followthrough: ${first.title}`);
  expect(rss.items.map((item) => item.title)).toEqual([
    `${first.title}: In progress → Stalled`,
    `${first.title}: Not yet rated → In progress`,
  ]);
  expect(rss.items.map((item) => item.link)).toEqual([
    `${baseURL}/indicators/${first.slug}/changes/${b}`,
    `${baseURL}/indicators/${first.slug}/changes/${a}`,
  ]);
  expect(rss.items.map((item) => item.guid)).toEqual([`urn:followthrough:status-change:${b}`, `urn:followthrough:status-change:${a}`]);
  expect(rss.items[0].date!.getTime()).toBeGreaterThanOrEqual(rss.items[1].date!.getTime());
  expect(rss.items[0].content).toContain("https://example.org/evidence");
  expect(rss.items[0].content).toContain(`Recorded by ${editor.name}`);
  expect(rss.items[0].author).toBe(editor.name);
  // RSS 2.0's <author> takes an email address only: the editor's name goes in <dc:creator>.
  const rssText = await (await request.get(`/indicators/${first.slug}/feed.xml`)).text();
  expect(rssText).toContain(`<dc:creator>${editor.name}</dc:creator>`);
  expect(rssText).not.toContain("<author>");

  const atom = await parseXmlFeed(await (await request.get(`/indicators/${first.slug}/feed.atom`)).text());
  expect(atom.items.map((item) => [item.title, item.guid])).toEqual(rss.items.map((item) => [item.title, item.guid]));

  const prediction = await parseXmlFeed(await (await request.get(`/predictions/${fixture.slug}/feed.xml`)).text());
  expect(prediction.items.map((item) => item.guid)).toEqual([c, b, a].map((id) => `urn:followthrough:status-change:${id}`));

  // Correcting and retracting other entries adds items, and leaves every other guid as it was.
  const adminContext = await page.context().browser()!.newContext();
  await signIn(adminContext.request, admin);
  const version = await withDb(
    async (client) => (await client.query("SELECT version FROM indicators WHERE id = $1", [first.id])).rows[0].version,
  );
  const { indicatorId: _ignored, ...fields } = statusChangeFields(first.id, version, unique("corrected"));
  const corrected = await callAction(adminContext.request, `/admin/changes/${b}/correct`, "correctStatusChangeAction", {
    ...fields,
    changeId: b,
    toStatus: "PARTIALLY_ACHIEVED",
    correctionNote: "It was partly achieved.",
  });
  expectSaved(corrected, `/admin/indicators/${first.id}?saved=correction`);
  const retracted = await callAction(adminContext.request, `/admin/changes/${a}/retract`, "retractStatusChangeAction", {
    changeId: a,
    version: version + 1,
    retractionNote: "Recorded on the wrong day.",
  });
  expectSaved(retracted, `/admin/indicators/${first.id}?saved=retraction`);

  const after = await parseXmlFeed(await (await request.get(`/indicators/${first.slug}/feed.xml`)).text());
  const correction = await withDb(
    async (client) => (await client.query("SELECT id FROM status_changes WHERE corrects_id = $1", [b])).rows[0].id,
  );
  expect(after.items.map((item) => item.guid)).toEqual([
    `urn:followthrough:retraction:${a}`,
    `urn:followthrough:status-change:${correction}`,
    `urn:followthrough:status-change:${b}`,
    `urn:followthrough:status-change:${a}`,
  ]);
  // With the first entry retracted, the later ones change from Not yet rated (as the history now stands).
  expect(after.items.map((item) => item.title)).toEqual([
    `Retraction: ${first.title}: Not yet rated → In progress`,
    `Correction: ${first.title}: Not yet rated → Partially achieved`,
    `[Corrected] ${first.title}: Not yet rated → Stalled`,
    `[Retracted] ${first.title}: Not yet rated → In progress`,
  ]);
  expect(after.items[0].content).toContain("Recorded on the wrong day.");
  expect(after.items[1].content).toContain("It was partly achieved.");
  await adminContext.close();
});

test("the global feeds in three formats carry the same newest items, at most 50", async ({ request }) => {
  const [rssText, atomText, jsonText] = await Promise.all(
    ["/feed.xml", "/feed.atom", "/feed.json"].map(async (path) => (await request.get(path)).text()),
  );
  const [rss, atom] = await Promise.all([parseXmlFeed(rssText), parseXmlFeed(atomText)]);
  const { json, extracted } = await parseJsonFeed(jsonText);
  expect(rss.items.length).toBeLessThanOrEqual(50);
  expect(atom.items.map((i) => i.guid)).toEqual(rss.items.map((i) => i.guid));
  expect(json.items.map((i: { id: string }) => i.id)).toEqual(rss.items.map((i) => i.guid));
  expect(extracted.entries?.length).toBe(json.items.length);
  for (const item of json.items) {
    expect(item.date_published, "JSON Feed items carry their publication date").toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(typeof item.summary).toBe("string");
  }
  expect(atomText.match(/<published>/g)?.length ?? 0).toBe(atom.items.length);
  const dates = rss.items.map((i) => i.date!.getTime());
  expect([...dates].sort((x, y) => y - x)).toEqual(dates);
});

test("a feed holds the latest 50 items only", async ({ request }) => {
  const fixture = await createPredictionFixture("many");
  const author = await createUser("editor", "bulk");
  const [indicator] = fixture.indicators;
  await insertEntries(indicator.id, author.id, 55, "Bulk");
  const feed = await parseXmlFeed(await (await request.get(`/indicators/${indicator.slug}/feed.xml`)).text());
  expect(feed.items).toHaveLength(50);
  expect(feed.items[0].content).toContain("Bulk 55");
  expect(feed.items[49].content).toContain("Bulk 6");
});

test("conditional GET: the same ETag or date gets 304; a new change gets a new ETag and comes first", async ({ page, request }) => {
  const editor = await createUser("editor", "etag");
  const fixture = await createPredictionFixture("etag");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);
  await record(page.request, indicator.id, "IN_PROGRESS", unique("before"));

  for (const path of [
    `/indicators/${indicator.slug}/feed.xml`,
    `/indicators/${indicator.slug}/feed.atom`,
    "/feed.json",
    `/indicators/${indicator.slug}/badge.svg`,
    "/api/v1/status-changes",
  ]) {
    const first = await request.get(path);
    const headers = first.headers();
    expect(headers["etag"], path).toMatch(/^"[^"]+"$/);
    expect(headers["cache-control"], path).toBe(SHARED_CACHE_CONTROL);
    expect(headers["last-modified"], path).toBeTruthy();
    expect((await request.get(path, { headers: { "If-None-Match": headers["etag"] } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-Modified-Since": headers["last-modified"] } })).status(), path).toBe(304);
    expect((await request.get(path, { headers: { "If-None-Match": '"something-else"' } })).status(), path).toBe(200);
  }
  const path = `/indicators/${indicator.slug}/feed.xml`;
  const before = await request.get(path);
  expect(before.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const summary = unique("after");
  const id = await record(page.request, indicator.id, "STALLED", summary);
  const after = await request.get(path, { headers: { "If-None-Match": before.headers()["etag"] } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(before.headers()["etag"]);
  const feed = await parseXmlFeed(await after.text());
  expect(feed.items[0].guid).toBe(`urn:followthrough:status-change:${id}`);
});

test("unknown slugs get a 404 page or a JSON reason", async ({ request, page }) => {
  const response = await page.goto("/indicators/no-such-indicator");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await page.goto("/predictions/no-such-prediction"))?.status()).toBe(404);
  // The 404 page is in the HTML itself, for readers without JavaScript and for crawlers.
  const seed = await withDb(
    async (client) => (await client.query("SELECT slug FROM indicators ORDER BY id LIMIT 1")).rows[0].slug as string,
  );
  for (const path of [
    "/indicators/no-such-indicator",
    "/predictions/no-such-prediction",
    "/?page=999",
    `/indicators/${seed}/history/99`,
    `/indicators/${seed}/changes/2147483647`,
  ]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    const html = await missing.text();
    expect(html, path).toMatch(/<html lang="en-CA"/);
    expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  }
  for (const path of [
    "/indicators/no-such-indicator/feed.xml",
    "/indicators/no-such-indicator/badge.svg",
    "/predictions/nope/feed.xml",
    "/indicators/..%2F..%2Fetc/feed.xml",
  ]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
  }
});

test("an indicator's page shows its newest five entries and links to its full history, in both languages", async ({ page, request }) => {
  const fixture = await createPredictionFixture("latest");
  const author = await createUser("editor", "latest");
  const [indicator] = fixture.indicators;
  await insertEntries(indicator.id, author.id, 25, "Latest");
  const ids = await withDb(async (client) =>
    (
      await client.query("SELECT id FROM status_changes WHERE indicator_id = $1 ORDER BY effective_on DESC, id DESC", [indicator.id])
    ).rows.map((row) => row.id as number),
  );

  await page.goto(`/indicators/${indicator.slug}`);
  const history = page.locator("section", { has: page.locator("#history") });
  await expect(history.getByRole("heading", { level: 2 })).toHaveText("Latest changes");
  await expect(history.getByTestId("timeline-entry")).toHaveCount(5);
  await expect(history.getByTestId("timeline-entry").first()).toContainText("Latest 25");
  await expect(history.getByRole("navigation")).toHaveCount(0);
  await history.getByRole("link", { name: "Full history: all 25 entries →" }).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.slug}/history/1$`));
  await expect(history.getByRole("heading", { level: 2 })).toHaveText("History, page 1 of 1");
  await expect(history.getByTestId("timeline-entry")).toHaveCount(25);
  await expect(history.getByTestId("timeline-entry").last()).toContainText("Latest 1");
  await history.getByRole("link", { name: "← The indicator’s page" }).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.slug}$`));

  // An entry's permanent address leads to the indicator's page while it is among the newest five,
  // then to the history page that lists it; a link to the indicator's page follows it there.
  const newest = await request.get(`/indicators/${indicator.slug}/changes/${ids[2]}`, { maxRedirects: 0 });
  expect(newest.headers()["location"]).toBe(`/indicators/${indicator.slug}#change-${ids[2]}`);
  const older = await request.get(`/fr/indicators/${indicator.slug}/changes/${ids[14]}`, { maxRedirects: 0 });
  expect(older.headers()["location"]).toBe(`/fr/indicators/${indicator.slug}/history/1#change-${ids[14]}`);
  await page.goto(`/indicators/${indicator.slug}#change-${ids[14]}`);
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.slug}/history/1#change-${ids[14]}$`));
  await expect(page.locator(`#change-${ids[14]}`)).toContainText("Latest 11");

  await page.goto(`/fr/indicators/${indicator.slug}`);
  await expect(history.getByRole("heading", { level: 2 })).toHaveText("Derniers changements");
  await history.getByRole("link", { name: "Historique complet : les 25 entrées →" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/indicators/${indicator.slug}/history/1$`));
  await expect(history.getByRole("heading", { level: 2 })).toHaveText("Historique, page 1 sur 1");
});

test("an entry on a later page of the history is reached from its feed link and its permanent address", async ({ page, request }) => {
  const fixture = await createPredictionFixture("deep");
  const author = await createUser("editor", "deep");
  const [indicator] = fixture.indicators;
  // 55 entries, and the newest published one backdated behind them all: page 2 of the history.
  await insertEntries(indicator.id, author.id, 55, "Deep");
  const backdated = await withDb(
    async (client) =>
      (
        await client.query(
          `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
         VALUES ($1, 'NOT_YET_RATED', 'IN_PROGRESS', DATE '2025-06-01', 'Backdated entry', $2) RETURNING id`,
          [indicator.id, author.id],
        )
      ).rows[0].id as number,
  );
  const feed = await parseXmlFeed(await (await request.get(`/indicators/${indicator.slug}/feed.xml`)).text());
  // Feed items link to an entry's permanent address, which leads to the page that shows it.
  expect(feed.items[0].link).toMatch(new RegExp(`/indicators/${indicator.slug}/changes/${backdated}$`));

  const permanent = await request.get(`/indicators/${indicator.slug}/changes/${backdated}`, { maxRedirects: 0 });
  expect(permanent.status()).toBe(307);
  expect(permanent.headers()["location"]).toBe(`/indicators/${indicator.slug}/history/2#change-${backdated}`);
  const { data } = await (await request.get(`/api/v1/status-changes?indicator=${indicator.slug}&limit=1`)).json();
  expect(data[0].url).toMatch(new RegExp(`/indicators/${indicator.slug}/changes/${backdated}$`));

  // Links published before (to the first page, with an anchor) still work: the first page does
  // not show the entry, so it sends the reader on to page 2.
  await page.goto(`/indicators/${indicator.slug}#change-${backdated}`);
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.slug}/history/2#change-${backdated}$`));
  await expect(page.locator(`#change-${backdated}`)).toContainText("Backdated entry");
});

// Issue 9, finding 3: the feed library ended CDATA only at the first "]]>", so a title could
// close its item and forge another, linking elsewhere, or make every RSS feed malformed.
test("no text can end CDATA or open markup: forging titles give exactly the real items, in every format", async ({
  page,
  request,
  baseURL,
}) => {
  const editor = await createUser("editor", "forge");
  const fixture = await createPredictionFixture("forge", 2);
  const [a, b] = fixture.indicators;
  const forging = "Arctic]]>x]]></title><link>https://evil.example/</link></item><item><title>FAKE: forged item</title>";
  const doubled = "A ]]> B ]]> C &amp; <b>bold</b> \"q\" 'a'";
  await signIn(page.request, editor);
  for (const [indicator, title] of [
    [a, forging],
    [b, doubled],
  ] as const) {
    const version = await withDb(
      async (client) => (await client.query("SELECT version FROM indicators WHERE id = $1", [indicator.id])).rows[0].version,
    );
    const saved = await callAction(page.request, `/admin/indicators/${indicator.id}`, "updateIndicatorAction", {
      id: indicator.id,
      version,
      predictionId: fixture.predictionId,
      slug: indicator.slug,
      title,
      criteria: "Test criteria.",
      theme: "Test theme",
      targetOn: "",
      position: 0,
    });
    expect(saved.redirect ?? JSON.stringify(saved.result)).toContain("saved=indicator");
  }
  const changeA = await record(page.request, a.id, "IN_PROGRESS", unique("forge a"));
  const changeB = await record(page.request, b.id, "STALLED", unique("forge b"));
  const expected = new Map([
    [`urn:followthrough:status-change:${changeA}`, `${forging}: Not yet rated → In progress`],
    [`urn:followthrough:status-change:${changeB}`, `${doubled}: Not yet rated → Stalled`],
  ]);

  const feeds: [string, number][] = [
    ["/feed.xml", 2],
    ["/feed.atom", 2],
    [`/predictions/${fixture.slug}/feed.xml`, 2],
    [`/indicators/${a.slug}/feed.xml`, 1],
    [`/indicators/${a.slug}/feed.atom`, 1],
    [`/indicators/${b.slug}/feed.xml`, 1],
    [`/indicators/${b.slug}/feed.atom`, 1],
  ];
  for (const [path, count] of feeds) {
    const text = await (await request.get(path)).text();
    const feed = await parseXmlFeed(text); // throws on malformed XML
    for (const item of feed.items) expect(item.link, `${path}: every link is ours`).toMatch(new RegExp(`^${baseURL}/`));
    const ours = (await readXmlItems(text)).filter((item) => item.link.includes(fixture.slug));
    expect(ours.map((item) => item.id).sort(), path).toEqual(
      [...expected.keys()].filter((_, i) => count === 2 || path.includes([a, b][i].slug)).sort(),
    );
    expect(
      feed.items.filter((item) => item.link.includes(fixture.slug)),
      `${path}: a feed reader sees the same items`,
    ).toHaveLength(ours.length);
    for (const item of ours) expect(item.title, path).toBe(expected.get(item.id));
  }
  const { json } = await parseJsonFeed(await (await request.get("/feed.json")).text());
  for (const [guid, title] of expected) expect(json.items.find((item: { id: string }) => item.id === guid)?.title).toBe(title);
});
