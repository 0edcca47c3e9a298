// Sessions end on the server: signing out, "sign out everywhere" (by the user or an admin), and an
// admin lifting a sign-in lockout. Each browser context has its own client address (the app trusts
// the X-Forwarded-For hop the tests set, as it would a reverse proxy's), so lockouts stay separate.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import pg from "pg";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { createDatabaseIfMissing, startCluster } from "../../server/database/database.mjs";
import { upsertUser } from "../../server/users.mjs";
import { freePort } from "../support/test-database";
import { callAction, createUser, PASSWORD, signIn, submitLogin, withDb, type TestUser } from "./support";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** A browser context signed in as `user`, from its own address. */
async function signedInContext(browser: Browser, user: TestUser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
  await signIn(context.request, user);
  return context;
}

/** Session cookies a response sets with a value (a re-issued session); clearing ones have none. */
function issuedSessionCookies(response: APIResponse) {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value.split(";")[0].split("="))
    .filter(([name, value]) => SESSION_COOKIE.test(name) && value !== "");
}

/** What /api/auth/session says for this context's cookie, by GET and by POST (Auth.js's "update"). */
async function sessionEndpoint(request: APIRequestContext) {
  const get = await request.get("/api/auth/session");
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const post = await request.post("/api/auth/session", { form: { csrfToken } });
  return { get, post, getBody: await get.json(), postBody: await post.json() };
}

/** Asserts `context` is signed out: /admin sends it to /login, and the session endpoint gives nothing. */
async function expectSignedOut(request: APIRequestContext) {
  const admin = await request.get("/admin", { maxRedirects: 0 });
  expect(admin.status(), "/admin redirects").toBe(307);
  expect(admin.headers()["location"]).toMatch(/^\/login\?callbackUrl=%2Fadmin/);
  const { get, post, getBody, postBody } = await sessionEndpoint(request);
  expect(getBody, "GET /api/auth/session").toBeNull();
  expect(postBody, "POST /api/auth/session").toBeNull();
  expect(issuedSessionCookies(get), "GET re-issues no session cookie").toEqual([]);
  expect(issuedSessionCookies(post), "POST re-issues no session cookie").toEqual([]);
}

const audit = (action: string, entityId: string) =>
  withDb(
    async (client) =>
      (
        await client.query("SELECT user_id, entity_type, after FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id", [
          action,
          entityId,
        ])
      ).rows,
  );

test("after signing out, a copy of the session cookie opens nothing and is not renewed", async ({ browser }) => {
  const editor = await createUser("editor", "copied");
  const original = await signedInContext(browser, editor, "203.0.113.1");
  // Someone copies the cookie (a shared computer, a leaked log) into another browser.
  const copy = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.2" } });
  await copy.addCookies(await original.cookies());
  const copyPage = await copy.newPage();
  await copyPage.goto("/admin");
  await expect(copyPage.getByTestId("signed-in-as")).toContainText(editor.name);
  expect((await copy.request.get("/api/auth/session").then((r) => r.json()))?.user?.email).toBe(editor.email);

  const page = await original.newPage();
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  await expectSignedOut(copy.request);
  await copyPage.goto("/admin");
  await expect(copyPage).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
  await original.close();
  await copy.close();
});

test("“sign out everywhere” in one browser ends the session of another, and is audited", async ({ browser }) => {
  const editor = await createUser("editor", "everywhere");
  const laptop = await signedInContext(browser, editor, "203.0.113.3");
  const phone = await signedInContext(browser, editor, "203.0.113.4");
  const phonePage = await phone.newPage();
  await phonePage.goto("/admin");
  await expect(phonePage.getByTestId("signed-in-as")).toContainText(editor.name);

  const page = await laptop.newPage();
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("status")).toContainText("signed out everywhere");

  await expectSignedOut(phone.request);
  await expectSignedOut(laptop.request);
  await phonePage.reload();
  await expect(phonePage).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);

  const rows = await audit("user.sign_out_everywhere", String(editor.id));
  expect(rows).toEqual([{ user_id: editor.id, entity_type: "user", after: { sessionsEnded: 2 } }]);
  // Signing in again works as usual.
  await signIn(laptop.request, editor);
  expect((await laptop.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
  await laptop.close();
  await phone.close();
});

test("an admin ends every session of another account from Users", async ({ browser }) => {
  const admin = await createUser("admin", "session-admin");
  const editor = await createUser("editor", "session-target");
  const editorContext = await signedInContext(browser, editor, "203.0.113.5");
  const adminContext = await signedInContext(browser, admin, "203.0.113.6");
  expect((await editorContext.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);

  const page = await adminContext.newPage();
  await page.goto("/admin/users");
  const row = page.getByTestId("user-row").filter({ hasText: editor.email });
  await expect(row).toContainText("1 open session");
  await row.getByRole("button", { name: `End all sessions of ${editor.name}` }).click();
  await expect(row.getByTestId("form-message")).toContainText(`Ended 1 session of ${editor.name}`);
  await expect(row).toContainText("No open session");

  await expectSignedOut(editorContext.request);
  // The admin's own session is untouched.
  expect((await adminContext.request.get("/admin/users", { maxRedirects: 0 })).status()).toBe(200);
  expect(await audit("user.sign_out_everywhere", String(editor.id))).toEqual([
    { user_id: admin.id, entity_type: "user", after: { sessionsEnded: 1 } },
  ]);
  await editorContext.close();
  await adminContext.close();
});

test("an admin lifts a sign-in lockout and the locked email signs in at once; lifting it again says it is gone", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const editor = await createUser("editor", "lockout");
  const admin = await createUser("admin", "lockout-admin");
  // Ten failures for the editor's email, each from a different address: only the email is locked.
  const attacker = await playwright.request.newContext({ baseURL });
  for (let attempt = 1; attempt <= 10; attempt++) {
    const { csrfToken } = await (await attacker.get("/api/auth/csrf")).json();
    await attacker.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: editor.email, password: `wrong password ${attempt}` },
      headers: { "X-Forwarded-For": `203.0.113.${100 + attempt}` },
      maxRedirects: 0,
    });
  }
  await attacker.dispose();

  const editorContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.7" } });
  const editorPage = await editorContext.newPage();
  await editorPage.goto("/login");
  await submitLogin(editorPage, editor.email, PASSWORD);
  await expect(editorPage.getByTestId("form-message")).toContainText("Too many failed sign-in attempts");

  const adminContext = await signedInContext(browser, admin, "203.0.113.8");
  const page = await adminContext.newPage();
  await page.goto("/admin/users");
  const lockout = page.getByTestId("lockout-row").filter({ hasText: editor.email });
  await expect(lockout).toContainText("10 failures");
  await lockout.getByRole("button", { name: `Lift the lockout of ${editor.email}` }).click();
  await expect(page.getByRole("status")).toContainText(`Lifted the lockout of ${editor.email}`);
  await expect(page.getByTestId("lockout-row").filter({ hasText: editor.email })).toHaveCount(0);

  // The locked-out editor tries again straight away, and gets in.
  await editorPage.getByLabel("Password").fill(PASSWORD);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage).toHaveURL(/\/admin$/);
  await expect(editorPage.getByTestId("signed-in-as")).toContainText(editor.name);

  const rows = await audit("login_lockout.lift", `email:${editor.email}`);
  expect(rows).toEqual([
    { user_id: admin.id, entity_type: "login_lockout", after: { kind: "email", key: editor.email, failuresCleared: 10 } },
  ]);
  // The failures are kept, marked as cleared by the admin: what happened stays visible.
  const kept = await withDb(
    async (client) =>
      (
        await client.query(
          "SELECT count(*)::int AS n FROM login_attempts WHERE email = $1 AND NOT succeeded AND cleared_by_id = $2 AND cleared_at IS NOT NULL",
          [editor.email, admin.id],
        )
      ).rows[0].n,
  );
  expect(kept).toBe(10);

  // A second admin's form, drawn before the lift, is told the lockout is gone and who lifted it.
  const again = await callAction(adminContext.request, "/admin/users", "liftLockoutAction", { kind: "email", key: editor.email });
  expect(again.result).toMatchObject({ ok: false, status: 409, message: expect.stringContaining(`already lifted by ${admin.name}`) });
  expect(await audit("login_lockout.lift", `email:${editor.email}`)).toHaveLength(1);
  // Bad input gets field messages, not a database error.
  const bad = await callAction(adminContext.request, "/admin/users", "liftLockoutAction", { kind: "user", key: "a\u0000b" });
  expect(bad.result).toMatchObject({
    ok: false,
    status: 422,
    fieldErrors: { kind: [expect.any(String)], key: ["An email or address has no control characters."] },
  });
  await editorContext.close();
  await adminContext.close();
});

test("“sign out everywhere” needs a session of its own", async ({ request }) => {
  const call = await callAction(request, "/admin", "signOutEverywhereAction", {}, { Cookie: "authjs.session-token=not-a-session" });
  expect(call.result).toMatchObject({ ok: false, status: 401 });
});

test("while PostgreSQL is down a session is neither accepted nor ended, and works again once it is back", async ({ browser }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "followthrough-sessions-pg-"));
  const clusterOptions = { dir, port: await freePort(), password: randomBytes(12).toString("hex"), persistent: true };
  let cluster = await startCluster(clusterOptions);
  const adminUrl = `postgresql://postgres:${clusterOptions.password}@127.0.0.1:${clusterOptions.port}/postgres`;
  await createDatabaseIfMissing(adminUrl, "sessions");
  const app = await startApp(adminUrl.replace(/\/postgres$/, "/sessions"));
  try {
    const client = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, "/sessions") });
    await client.connect();
    await upsertUser(client, { email: "outage-editor@example.org", password: PASSWORD, role: "editor", name: "Outage Editor" });
    await client.end();
    const context = await browser.newContext({ baseURL: app.base });
    await signIn(context.request, { email: "outage-editor@example.org", password: PASSWORD });
    expect((await context.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);

    await cluster.stop();
    const during = await context.request.get("/api/auth/session");
    expect(during.status()).toBe(503);
    expect(await during.json()).toEqual({ error: expect.stringContaining("database is unreachable") });
    expect(during.headers()["set-cookie"], "the cookie is neither renewed nor cleared").toBeUndefined();
    // An admin page cannot check who is asking: it fails as admin pages do in an outage; it does
    // not take the editor for signed out and send them to /login.
    const admin = await context.request.get("/admin", { maxRedirects: 0 });
    expect(admin.status()).toBeGreaterThanOrEqual(500);
    expect(admin.headers()["location"]).toBeUndefined();

    cluster = await startCluster(clusterOptions);
    await expect.poll(async () => (await context.request.get("/api/health")).status(), { timeout: 30_000 }).toBe(200);
    expect((await context.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
    expect((await (await context.request.get("/api/auth/session")).json())?.user?.email).toBe("outage-editor@example.org");
    await context.close();
  } finally {
    await app.stop();
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
