// The sign-in rate limit (10 failures per 15 minutes per email and per client address) under
// parallel bursts, and which client address it counts: without TRUST_PROXY, the connection's
// own peer, whatever X-Forwarded-For the client sends.
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import type pg from "pg";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { upsertUser } from "../../server/users.mjs";
import { withClient } from "../../prisma/seed.mjs";
import { createTestDatabase } from "../support/test-database";
import { callAction, createUser, unique, withDb, type ActionCall } from "./support";

const WRONG = "That email and password do not match an active account.";
const LIMITED = /^Too many failed sign-in attempts\. Try again in 1[45] minutes\.$/;

const contextFor = (playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, address?: string) =>
  playwright.request.newContext({ baseURL, extraHTTPHeaders: address ? { "X-Forwarded-For": address, "X-Real-IP": address } : {} });

/** Signs in through the login form's server action, as the browser does. */
const loginAction = (request: APIRequestContext, email: string, password: string) =>
  callAction(request, "/login", "login", { email, password });

/** Signs in through Auth.js's own endpoint; returns where it redirects and the session it gives. */
async function credentialsCallback(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
  return { location: response.headers()["location"] ?? "", session: await (await request.get("/api/auth/session")).json() };
}

function expectRefusal(call: ActionCall, label: string) {
  expect(call.httpStatus, label).toBe(200);
  expect(call.result, label).toMatchObject({ ok: false });
  expect([401, 429], `${label}: ${JSON.stringify(call.result)}`).toContain(call.result!.status);
  if (call.result!.status === 401) expect(call.result!.message, label).toBe(WRONG);
  else expect(call.result!.message, label).toMatch(LIMITED);
}

const failuresFor = (column: "email" | "ip", value: string) =>
  withDb(
    async (client) =>
      (await client.query(`SELECT count(*)::int AS n FROM login_attempts WHERE ${column} = $1 AND NOT succeeded`, [value])).rows[0]
        .n as number,
  );

test.describe("parallel bursts (behind the tests' proxy: TRUST_PROXY=true)", () => {
  test("a burst of forty guesses at once checks at most ten passwords: the right one, sent last, is refused", async ({
    playwright,
    baseURL,
  }) => {
    const editor = await createUser("editor", "burst-guess");
    const contexts = await Promise.all(Array.from({ length: 40 }, (_, i) => contextFor(playwright, baseURL!, `192.0.3.${i + 1}`)));
    const calls = await Promise.all(
      contexts.map((request, i) => loginAction(request, editor.email, i === 39 ? editor.password : `wrong password ${i}`)),
    );
    // Before the fix: every attempt passed the check before any was counted, and the right password got in.
    calls.forEach((call, i) => expectRefusal(call, `attempt ${i}`));
    const checked = await withDb(
      async (client) =>
        (await client.query("SELECT count(*)::int AS n FROM login_attempts WHERE email = $1", [editor.email])).rows[0].n as number,
    );
    expect(checked, "passwords checked").toBeLessThanOrEqual(10);
    await Promise.all(contexts.map((context) => context.dispose()));
  });

  test("thirty wrong passwords at once for one email, from thirty addresses, count and lock it", async ({ playwright, baseURL }) => {
    const editor = await createUser("editor", "burst-email");
    const contexts = await Promise.all(Array.from({ length: 30 }, (_, i) => contextFor(playwright, baseURL!, `192.0.2.${i + 1}`)));
    const calls = await Promise.all(contexts.map((request, i) => loginAction(request, editor.email, `wrong password ${i}`)));
    calls.forEach((call, i) => expectRefusal(call, `attempt ${i}`));
    // Every attempt whose password was checked is counted, however many arrived together.
    expect(await failuresFor("email", editor.email)).toBeGreaterThanOrEqual(10);

    // The right password is now refused, from an address never seen, by the form and by Auth.js.
    const elsewhere = await contextFor(playwright, baseURL!, "192.0.2.200");
    const refused = await loginAction(elsewhere, editor.email, editor.password);
    expect(refused.result).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(LIMITED) });
    expect(await credentialsCallback(elsewhere, editor.email, editor.password)).toEqual({
      location: expect.stringContaining("code=rate_limited"),
      session: null,
    });
    await Promise.all([...contexts, elsewhere].map((context) => context.dispose()));
  });

  test("thirty wrong passwords at once from one address, for thirty emails, lock that address only", async ({ playwright, baseURL }) => {
    const address = `192.0.2.${Math.floor(Math.random() * 50) + 201}`;
    const editor = await createUser("editor", "burst-address");
    const request = await contextFor(playwright, baseURL!, address);
    const calls = await Promise.all(
      Array.from({ length: 30 }, (_, i) => loginAction(request, `${unique(`nobody${i}`)}@example.org`, "wrong password")),
    );
    calls.forEach((call, i) => expectRefusal(call, `attempt ${i}`));
    expect(await failuresFor("ip", address)).toBeGreaterThanOrEqual(10);

    const refused = await loginAction(request, editor.email, editor.password);
    expect(refused.result).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(LIMITED) });
    // The same account from another address signs in: only the address was locked.
    const other = await contextFor(playwright, baseURL!, "198.51.100.250");
    const signedIn = await loginAction(other, editor.email, editor.password);
    expect(signedIn.result).toBeNull();
    expect(signedIn.redirect?.split(";")[0]).toMatch(/\/admin$/);
    await Promise.all([request.dispose(), other.dispose()]);
  });
});

test.describe("without TRUST_PROXY", () => {
  // A second production server, not told it is behind a proxy, on a database of its own (its
  // rate-limit rows would otherwise lock 127.0.0.1 for every other test of the shared one).
  let app: Awaited<ReturnType<typeof startApp>>;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const adminUrl = new URL(process.env.E2E_DATABASE_URL!);
    adminUrl.pathname = "/postgres";
    database = await createTestDatabase(adminUrl.toString(), { migrate: false, label: "e2e_noproxy" });
    app = await startApp(database.url, { env: { TRUST_PROXY: "" } });
  });

  test.afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  test("a client's own X-Forwarded-For is ignored: failures from ten claimed addresses count against its one real address", async ({
    playwright,
  }) => {
    const emails = Array.from({ length: 10 }, (_, i) => `${unique(`spoof${i}`)}@example.org`);
    for (const [i, email] of emails.entries()) {
      const request = await contextFor(playwright, app.base, `203.0.113.${i + 1}`);
      const call = await loginAction(request, email, "wrong password");
      // Ten different emails: only the address can fill up, on the tenth failure.
      expect(call.result, `attempt ${i + 1}`).toMatchObject({ ok: false, status: i < 9 ? 401 : 429 });
      await request.dispose();
    }
    const recorded = await withClient(database.url, (client: pg.Client) =>
      client.query("SELECT DISTINCT ip FROM login_attempts WHERE email = ANY($1)", [emails]),
    );
    expect(recorded.rows.map((row: { ip: string }) => row.ip)).toEqual(["127.0.0.1"]);

    // A real account, the right password, yet another claimed address: still refused.
    const email = `${unique("real")}@example.org`;
    await withClient(database.url, (client: pg.Client) =>
      upsertUser(client, { email, password: "no proxy password", role: "editor", name: "No Proxy" }),
    );
    const request = await contextFor(playwright, app.base, "203.0.113.99");
    const refused = await loginAction(request, email, "no proxy password");
    expect(refused.result).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(LIMITED) });
    expect(await credentialsCallback(request, email, "no proxy password")).toEqual({
      location: expect.stringContaining("code=rate_limited"),
      session: null,
    });
    await request.dispose();
  });
});
