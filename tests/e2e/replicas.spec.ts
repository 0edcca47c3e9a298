// Two app processes on one database, as replicas behind a load balancer: a save through either is
// seen at once by an anonymous reader of the other, though both keep public responses in memory
// (scripts/lib/http-cache.mjs, lib/cache-handler.cjs); PostgreSQL LISTEN/NOTIFY tells every
// process to drop them (scripts/lib/cache-invalidation.mjs). Without that, the other process would
// serve its copy until it expires: 10 s for pages, 60 s for feeds.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { callAction, createPredictionFixture, createUser, expectSaved, signIn, statusChangeFields, unique } from "./support";

// "At once": within this many milliseconds of the save's answer.
const AT_ONCE_MS = 2000;

let second: Awaited<ReturnType<typeof startApp>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startApp(process.env.E2E_DATABASE_URL!, { env: { TRUST_PROXY: "true" } });
});

test.afterAll(async () => {
  await second?.stop();
});

/** Anonymous reads of the board, the indicator page and the site feed, each warmed into the cache. */
async function warm(reader: APIRequestContext, paths: string[]) {
  for (const path of paths) {
    await reader.get(path);
    const again = await reader.get(path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()["x-cache"], `${path} is served from the in-process cache`).toBe("HIT");
  }
}

async function saveAndWatch(
  writer: { base: string; request: APIRequestContext },
  reader: APIRequestContext,
  fixture: Awaited<ReturnType<typeof createPredictionFixture>>,
  version: number,
  toStatus: string,
) {
  const [indicator] = fixture.indicators;
  const board = `/?prediction=${fixture.slug}`;
  const page = `/indicators/${indicator.slug}`;
  await warm(reader, [board, page, "/feed.xml"]);
  const marker = `data-status="${toStatus}"`;
  expect(await (await reader.get(board)).text()).not.toContain(marker);

  const summary = unique("Seen by the other replica");
  const call = await callAction(writer.request, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", { ...statusChangeFields(indicator.id, version, summary), toStatus });
  expectSaved(call, `/admin/indicators/${indicator.id}?saved=change`);
  const saved = Date.now();

  const seen = async (path: string, expected: string) => {
    const shows = async () => (await (await reader.get(path)).text()).includes(expected);
    await expect.poll(shows, { message: `${path} shows ${expected}`, timeout: AT_ONCE_MS, intervals: [50] }).toBe(true);
    return Date.now() - saved;
  };
  const delays = {
    board: await seen(board, marker),
    page: await seen(page, summary),
    feed: await seen("/feed.xml", summary),
  };
  for (const [surface, delay] of Object.entries(delays)) expect(delay, surface).toBeLessThanOrEqual(AT_ONCE_MS);
  // And what the reader got came from a cache again afterwards, not from bypassing it.
  await reader.get(page);
  expect((await reader.get(page)).headers()["x-cache"]).toBe("HIT");
  return delays;
}

test("a save through one app process is seen at once by anonymous readers of the other, both ways", async ({ playwright, baseURL }) => {
  test.setTimeout(60_000);
  const editor = await createUser("editor", "replica");
  const fixture = await createPredictionFixture("replica");
  const contexts: APIRequestContext[] = [];
  const context = async (base: string, signedIn: boolean) => {
    const request = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.81" } });
    contexts.push(request);
    if (signedIn) await signIn(request, editor);
    return request;
  };
  const first = { base: baseURL!, request: await context(baseURL!, true) };
  const other = { base: second.base, request: await context(second.base, true) };

  const forward = await saveAndWatch(first, await context(second.base, false), fixture, 1, "STALLED");
  const backward = await saveAndWatch(other, await context(baseURL!, false), fixture, 2, "ABANDONED");
  console.log(`replicas: a save was seen by the other process after (ms) ${JSON.stringify({ forward, backward })}`);
  await Promise.all(contexts.map((request) => request.dispose()));
});
