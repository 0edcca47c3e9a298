// Two app processes on one database, as replicas behind a load balancer: a save through either is
// seen at once by an anonymous reader of the other, though both keep public responses in memory
// (server/http-cache.mjs, server/cache-handler.cjs); PostgreSQL LISTEN/NOTIFY tells every
// process to drop them (server/cache-invalidation.mjs). Without that, the other process would
// serve its copy until it expires: 10 s for pages, 60 s for feeds.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { callAction, createPredictionFixture, createUser, expectSaved, signIn, statusChangeFields, unique } from "./support";

// "At once": the other process serves the change to requests sent this many milliseconds after the
// save's answer (without it, it would serve its copy for 10 s, or 60 s for feeds).
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
// Other tests write at the same time (each write drops every cached copy), so "served from the
// cache" is asked again until a write-free moment shows it.
const cachedNow = (reader: APIRequestContext, path: string) =>
  expect
    .poll(async () => (await reader.get(path)).headers()["x-cache"], {
      message: `${path} is served from the in-process cache`,
      timeout: 10_000,
      intervals: [0, 50, 100],
    })
    .toBe("HIT");

async function warm(reader: APIRequestContext, paths: string[]) {
  for (const path of paths) {
    expect((await reader.get(path)).status(), path).toBe(200);
    await cachedNow(reader, path);
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
  const boardPath = `/?prediction=${fixture.slug}`;
  const pagePath = `/indicators/${indicator.slug}`;
  await warm(reader, [boardPath, pagePath, "/feed.xml"]);
  const marker = `data-status="${toStatus}"`;
  expect(await (await reader.get(boardPath)).text()).not.toContain(marker);

  const summary = unique("Seen by the other replica");
  const call = await callAction(writer.request, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", {
    ...statusChangeFields(indicator.id, version, summary),
    toStatus,
  });
  expectSaved(call, `/admin/indicators/${indicator.id}?saved=change`);
  const saved = Date.now();

  // Each surface polled on its own: how long after the save the first request that shows it was
  // sent (by then the other process had dropped its copy), and when that answer arrived.
  const seen = async (path: string, expected: string) => {
    while (Date.now() - saved < 15_000) {
      const sent = Date.now() - saved;
      const shows = (await (await reader.get(path)).text()).includes(expected);
      if (shows) return { sent, answered: Date.now() - saved };
      await new Promise((resolve) => setTimeout(resolve, 50)); // the interval between polls
    }
    throw new Error(`${path} did not show ${expected} within 15 s of the save`);
  };
  const [board, page, feed] = await Promise.all([seen(boardPath, marker), seen(pagePath, summary), seen("/feed.xml", summary)]);
  const delays = { board, page, feed };
  for (const [surface, delay] of Object.entries(delays))
    expect(delay.sent, `${surface}: ${JSON.stringify(delay)}`).toBeLessThanOrEqual(AT_ONCE_MS);
  // And what the reader got came from a cache again afterwards, not from bypassing it.
  await cachedNow(reader, pagePath);
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

test("a replica killed outright leaves the other serving, and its harness says how it ended", async ({ request }) => {
  const health = await fetch(`${second.base}/api/health`);
  expect(health.status).toBe(200);
  process.kill(second.pid!, "SIGKILL");
  await expect
    .poll(() => second.output(), { timeout: 10_000 })
    .toContain(`the app (pid ${second.pid}) ended on its own: exit code null, signal SIGKILL`);
  // stop() returns for an app already gone (the suite's teardown, which drops its database, waits on it).
  await second.stop();
  expect((await request.get("/api/health")).status()).toBe(200);
});
