// Bad input over HTTP, against the production server: generated queries, slugs, form fields and
// bodies for every route and server action. Nothing may answer 500; every refusal says why; no
// stored text ever comes back as markup or as a javascript:/data: link.
import http from "node:http";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { cleanText, CONTROL } from "@/lib/validation/fields";
import { actionId, callAction, createPredictionFixture, createUser, signIn, statusChangeFields, withDb } from "./support";

const hostile = fc.oneof(
  fc.constantFrom("<script>alert(1)</script>", "javascript:alert(1)", "data:text/html,x", "]]>", "&", "'", '"', "\u0000", "\u202E", "🇨🇦", "../", "%2e%2e%2f", "..%2F", "__proto__", "2026-13-45", "-1", "1e999", "", " ", "\\"),
  fc.string({ maxLength: 20 }),
);
// One seed for the run (playwright.config.ts), printed, so that a failure can be replayed:
// FC_SEED=<seed> npm test.
const seed = Number(process.env.FC_SEED);
console.log(`bad-input fast-check seed: ${seed}`);
let sampled = 0;
const sample = <T,>(arbitrary: fc.Arbitrary<T>, numRuns: number) => fc.sample(arbitrary, { numRuns, seed: seed + sampled++ });

const text = fc.array(hostile, { maxLength: 4 }).map((parts) => parts.join(""));
let cases = 0;
test.afterAll(() => console.log(`bad-input HTTP cases tried: ${cases}`));

test("generated API queries get 200 or a 4xx with a JSON reason, never a 500", async ({ request }) => {
  test.setTimeout(120_000);
  const keys = fc.constantFrom("indicator", "prediction", "from", "to", "cursor", "limit", "status", "x", "__proto__", "");
  const queries = sample(fc.array(fc.tuple(keys, text), { maxLength: 4 }), 60);
  for (const path of ["/api/v1/status-changes", "/api/v1/status-changes.csv", "/api/v1/indicators", "/api/v1/predictions"]) {
    for (const pairs of queries) {
      cases++;
      const query = new URLSearchParams(pairs).toString();
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query}`).toBeLessThan(500);
      if (response.status() >= 400) expect((await response.json()).error.message, `${path}?${query}`).toEqual(expect.any(String));
    }
  }
});

test("generated slugs and path tricks get a page or a 404, never a 500", async ({ request }) => {
  test.setTimeout(120_000);
  const slugs = [...sample(text, 40), "..", "../../etc/passwd", "%2e%2e", "a/../../b", "a%00b", "A-Slug", "x".repeat(300), "emoji-🇨🇦"];
  for (const slug of slugs) {
    const encoded = encodeURIComponent(slug);
    for (const path of [`/indicators/${encoded}`, `/predictions/${encoded}`, `/indicators/${encoded}/feed.xml`, `/indicators/${encoded}/feed.atom`, `/indicators/${encoded}/badge.svg`, `/predictions/${encoded}/feed.xml`]) {
      cases++;
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
    }
  }
  // Board filters: anything unknown is dropped by a redirect to the canonical address.
  for (const value of sample(text, 20)) {
    cases++;
    const response = await request.get(`/?status=${encodeURIComponent(value)}&theme=${encodeURIComponent(value)}`, { maxRedirects: 0 });
    expect([200, 308], value).toContain(response.status());
  }
});

test("generated form fields sent to every server action are refused with a reason, never a 500", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await createUser("admin", "fuzz");
  const fixture = await createPredictionFixture("fuzz");
  const [indicator] = fixture.indicators;
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, admin);
  const actions: [string, string, string[]][] = [
    ["createSourceAction", "/admin/sources/new", ["title", "author", "outlet", "url", "publishedOn", "publishedPrecision"]],
    ["updateSourceAction", `/admin/sources/${fixture.sourceId}`, ["id", "version", "title", "url", "publishedOn"]],
    ["createPredictionAction", "/admin/predictions/new", ["slug", "title", "claim", "sourceId", "horizonOn", "position"]],
    ["updatePredictionAction", `/admin/predictions/${fixture.predictionId}`, ["id", "version", "slug", "sourceId"]],
    ["createIndicatorAction", "/admin/indicators/new", ["predictionId", "slug", "title", "criteria", "theme", "targetOn", "position"]],
    ["updateIndicatorAction", `/admin/indicators/${indicator.id}`, ["id", "version", "predictionId", "slug", "targetOn"]],
    ["recordStatusChangeAction", `/admin/indicators/${indicator.id}/changes/new`, ["indicatorId", "version", "toStatus", "effectiveOn", "summary", "evidence.0.url", "evidence.0.kind", "evidence.150.url", "evidence.x.y"]],
    ["correctStatusChangeAction", "/admin/changes/1/correct", ["changeId", "version", "toStatus", "correctionNote", "evidence.0.url"]],
    ["retractStatusChangeAction", "/admin/changes/1/retract", ["changeId", "version", "retractionNote"]],
    ["createUserAction", "/admin/users", ["email", "name", "role", "password"]],
    ["updateUserAction", "/admin/users", ["id", "version", "role", "active"]],
    ["login", "/login", ["email", "password", "callbackUrl"]],
  ];
  for (const [action, path, fields] of actions) {
    const samples = sample(fc.dictionary(fc.constantFrom(...fields, "unknown", "__proto__"), text, { maxKeys: fields.length + 1 }), 25);
    for (const values of samples) {
      cases++;
      const call = await callAction(request, path, action, values);
      expect(call.httpStatus, `${action} ${JSON.stringify(values)}`).toBeLessThan(500);
      if (call.result && call.result.ok === false) {
        expect(call.result.status, `${action} ${JSON.stringify(values)}`).not.toBe(500);
        expect(call.result.message).toEqual(expect.any(String));
      }
    }
  }
  await request.dispose();
});

test("stored hostile summaries never come back as markup or unsafe links", async ({ page, request }) => {
  test.setTimeout(120_000);
  const editor = await createUser("editor", "stored");
  const fixture = await createPredictionFixture("stored");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);
  // Control characters are refused with a field message (tests/unit/text-fields.test.ts); every other summary is stored.
  const controls = new RegExp(CONTROL.source, "g");
  const summaries = sample(fc.array(fc.oneof(hostile, fc.constantFrom("[a](javascript:alert(1))", "[b](data:text/html;base64,PHNjcmlwdD4=)", "<a href=javascript:alert(1)>x</a>", "[ok](https://example.org/ok)")), { minLength: 1, maxLength: 5 }).map((parts) => `MARK ${parts.join(" ")}`.replace(controls, "")), 15);
  let version = 1;
  for (const summary of summaries) {
    cases++;
    const call = await callAction(page.request, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", { ...statusChangeFields(indicator.id, version, summary) });
    expect(call.result?.ok ?? true, JSON.stringify(call.result)).toBe(true);
    version++;
  }
  const stored = await withDb(async (client) => (await client.query("SELECT count(*)::int AS n FROM status_changes WHERE indicator_id = $1", [indicator.id])).rows[0].n);
  expect(stored).toBe(summaries.length);
  // Pages and feeds: the hostile text may appear, escaped, as text, but never as a tag.
  for (const path of [`/indicators/${indicator.slug}`, `/indicators/${indicator.slug}/feed.xml`, `/indicators/${indicator.slug}/feed.atom`]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toMatch(/<script>alert\(1\)/);
    expect(body, path).not.toMatch(/<img\s[^>]*onerror/i);
    expect(body, path).not.toMatch(/<a\s[^>]*href=["']?\s*(javascript|data):/i);
  }
  // JSON Feed: content_html is HTML, built the same way.
  const feed = await (await request.get("/feed.json")).json();
  for (const item of feed.items.filter((i: { url: string }) => i.url.includes(indicator.slug))) {
    expect(item.content_html).not.toMatch(/<a\s[^>]*href=["']?\s*(javascript|data):/i);
    expect(item.content_html).not.toMatch(/<script/i);
  }
  // The API returns the text as data, exactly as stored.
  const { data } = await (await request.get(`/api/v1/status-changes?indicator=${indicator.slug}&limit=200`)).json();
  expect(data.map((c: { summary: string }) => c.summary).sort()).toEqual(summaries.map((s) => cleanText(s, { multiline: true })).sort());
  await page.goto(`/indicators/${indicator.slug}`);
  expect(await page.locator("a[href^='javascript:'], a[href^='data:'], img[src='x']").count()).toBe(0);
});

test("oversized and malformed bodies get a 4xx with a reason", async ({ request, playwright, baseURL }) => {
  const big = await request.post("/admin/sources/new", {
    headers: { "Next-Action": "x", "Content-Type": "text/plain", Cookie: "authjs.session-token=x" },
    data: "x".repeat(3 * 1024 * 1024),
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toMatch(/too large/i);

  // Real actions (a public one and an editor's), so that the body reaches Next.js's decoding.
  const editor = await createUser("editor", "malformed");
  const signed = await playwright.request.newContext({ baseURL });
  await signIn(signed, editor);
  const targets = [
    ["/login", actionId("login"), request],
    ["/admin/sources/new", actionId("createSourceAction"), signed],
  ] as const;
  for (const [path, id, client] of targets) {
    for (const [label, body, contentType] of [
      ["not JSON", "0=%7Bnot-json", "application/x-www-form-urlencoded"],
      ["JSON garbage", "{\"a\":", "text/plain;charset=UTF-8"],
      ["empty", "", "text/plain;charset=UTF-8"],
      ["truncated form", "------x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[", "multipart/form-data; boundary=----x"],
    ] as const) {
      const response = await client.post(path, { headers: { "Next-Action": id, "Content-Type": contentType }, data: body, maxRedirects: 0 });
      expect(response.status(), `${path} ${label}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${path} ${label}`).toBeLessThan(500);
      expect(await response.text(), `${path} ${label}: a reason`).toMatch(/\w{4,}/);
    }
  }
  // Too large, sent in chunks, without a Content-Length to refuse it by up front.
  const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL("/login", baseURL);
    const req = http.request(url, { method: "POST", headers: { "Next-Action": actionId("login"), "Content-Type": "text/plain;charset=UTF-8", "Transfer-Encoding": "chunked" } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (let i = 0; i < 48; i++) req.write("x".repeat(64 * 1024));
    req.end();
  });
  expect(chunked.status).toBe(413);
  expect(chunked.body).toMatch(/too large: at most 1 MiB/);
  const unknownMethod = await request.fetch("/api/v1/status-changes", { method: "POST", data: "{}" });
  expect(unknownMethod.status()).toBe(405);
  await signed.dispose();
});
