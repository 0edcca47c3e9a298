import { expect, test } from "@playwright/test";
import {
  callAction,
  createPredictionFixture,
  expectSaved,
  invalidatePublicCaches,
  createUser,
  PASSWORD,
  signIn,
  statusChangeFields,
  submitLogin,
  unique,
  withDb,
} from "./support";

test("sign-in failures are rate limited per email, with a clear wait time", async ({ browser }) => {
  const editor = await createUser("editor", "limited");
  // Each test gets its own client address (the app trusts the last X-Forwarded-For hop, as set by
  // the reverse proxy in production), so this test's failures do not block the others.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.10" } });
  const page = await context.newPage();
  await page.goto("/login");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    // The tenth failure fills the window: from then on, sign-in waits.
    await expect(page.getByTestId("form-message")).toContainText(
      attempt < 10 ? "do not match an active account" : "Try again in 15 minutes",
    );
  }
  // Even the right password is refused now, from anywhere.
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.11" } });
  const other = await elsewhere.newPage();
  await other.goto("/login");
  await submitLogin(other, editor.email, PASSWORD);
  await expect(other.getByTestId("form-message")).toHaveText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
});

test("sign-in failures are rate limited per address, across emails", async ({ browser }) => {
  const editor = await createUser("editor", "ip-limited");
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.20" } });
  const request = context.request;
  for (let attempt = 1; attempt <= 10; attempt++) {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: `${unique("nobody")}@example.org`, password: "wrong password" },
      maxRedirects: 0,
    });
  }
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: editor.email, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(response.headers()["location"]).toContain("code=rate_limited");
  const session = await (await request.get("/api/auth/session")).json();
  expect(session).toBeNull();
});

test("a cross-origin POST to a server action is refused and writes nothing", async ({ playwright, baseURL }) => {
  const editor = await createUser("editor", "csrf");
  const fixture = await createPredictionFixture("csrf");
  const [indicator] = fixture.indicators;
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, editor);
  const summary = unique("cross-origin");
  const call = await callAction(
    request,
    `/admin/indicators/${indicator.id}/changes/new`,
    "recordStatusChangeAction",
    statusChangeFields(indicator.id, 1, summary),
    {
      Origin: "https://evil.example",
    },
  );
  expect(call.httpStatus).toBe(403);
  const written = await withDb(
    async (client) => (await client.query("SELECT 1 FROM status_changes WHERE summary = $1", [summary])).rowCount,
  );
  expect(written).toBe(0);
  // The same call from the site's own origin goes through.
  const same = await callAction(
    request,
    `/admin/indicators/${indicator.id}/changes/new`,
    "recordStatusChangeAction",
    statusChangeFields(indicator.id, 1, summary),
    {
      Origin: new URL(baseURL!).origin,
    },
  );
  expectSaved(same, `/admin/indicators/${indicator.id}?saved=change`);
  expect(await withDb(async (client) => (await client.query("SELECT 1 FROM status_changes WHERE summary = $1", [summary])).rowCount)).toBe(
    1,
  );
  await request.dispose();
});

test("Auth.js refuses a credentials POST without its CSRF token", async ({ request }) => {
  const editor = await createUser("editor", "nocsrf");
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: editor.email, password: PASSWORD },
    maxRedirects: 0,
  });
  expect(response.headers()["location"]).toContain("error=MissingCSRF");
  expect(await (await request.get("/api/auth/session")).json()).toBeNull();
});

test("security headers and session cookie flags", async ({ request, page }) => {
  const publicPage = await request.get("/");
  expect(publicPage.headers()["content-security-policy"]).toContain("object-src 'none'");
  expect(publicPage.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(publicPage.headers()["x-content-type-options"]).toBe("nosniff");

  const login = await request.get("/login");
  const csp = login.headers()["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(login.headers()["x-frame-options"]).toBe("DENY");

  const editor = await createUser("editor", "cookies");
  await signIn(page.request, editor);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  // Served over plain HTTP here; behind HTTPS Auth.js adds Secure and the __Secure- prefix.
  const admin = await page.goto("/admin");
  expect(admin?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(admin?.headers()["cache-control"]).toContain("no-store");
});

test("editor text is shown as text, never run, on the admin and the board", async ({ page }) => {
  const editor = await createUser("editor", "xss");
  const fixture = await createPredictionFixture("xss");
  const [indicator] = fixture.indicators;
  const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)> ]]> & "quotes"`;
  await withDb((client) => client.query("UPDATE indicators SET title = $1 WHERE id = $2", [`${hostile} title`, indicator.id]));
  await invalidatePublicCaches();
  await signIn(page.request, editor);
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  // Recording a change stores hostile text and revalidates the board.
  const call = await callAction(page.request, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", {
    ...statusChangeFields(indicator.id, 1, hostile),
    "evidence.0.title": hostile,
  });
  expectSaved(call, `/admin/indicators/${indicator.id}?saved=change`);

  await page.goto(`/admin/indicators/${indicator.id}`);
  const entry = page.getByTestId("timeline-entry").first();
  await expect(entry).toContainText(`<script>alert("x")</script><img src=x onerror=alert(1)> ]]> & "quotes"`);
  await expect(entry.getByRole("link", { name: /<script>/ })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>");
  expect(await page.locator("img[src=x]").count()).toBe(0);

  await page.goto(`/?prediction=${fixture.slug}`);
  const card = page.getByTestId("indicator-card").filter({ hasText: "onerror=alert(1)" });
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(`${hostile} title`);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialogs).toBe(0);
});
