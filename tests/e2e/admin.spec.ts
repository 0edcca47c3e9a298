import { expect, test } from "@playwright/test";
import {
  collectErrors,
  createPredictionFixture,
  createUser,
  expectNoSeriousA11yViolations,
  fillEvidence,
  signIn,
  submitLogin,
  withDb,
} from "./support";

test("an editor signs in, records a change with two pieces of evidence, sees it on the board, then corrects it", async ({ page }) => {
  const errors = collectErrors(page);
  const editor = await createUser("editor");
  const fixture = await createPredictionFixture("flow");
  const [indicator] = fixture.indicators;

  // Anonymous: sent to /login, and back to the page asked for after signing in.
  await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await submitLogin(page, editor.email, editor.password);
  await expect(page).toHaveURL(new RegExp(`/admin/indicators/${indicator.id}/changes/new$`));

  await page.getByLabel("New status").selectOption({ label: "Stalled" });
  await page.getByLabel("Effective date").fill("2026-02-10");
  await page.getByLabel("Public summary", { exact: true }).fill("Procurement review **paused** pending a budget decision.");
  await fillEvidence(page, 1, {
    url: "https://example.org/official",
    title: "Official notice",
    publisher: "Department",
    date: "2026-02-09",
    kind: "Official or primary source",
    quote: "The review is paused.",
  });
  await page.getByRole("button", { name: "Add evidence" }).click();
  await fillEvidence(page, 2, {
    url: "https://example.org/news",
    title: "News report",
    publisher: "Newspaper",
    date: "2026-02-10",
    kind: "News",
  });
  await page.getByRole("button", { name: "Publish status change" }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/indicators/${indicator.id}\\?saved=change$`));
  await expect(page.getByRole("status")).toContainText("Status change published");
  const entry = page.getByTestId("timeline-entry").first();
  await expect(entry).toContainText("Procurement review paused pending a budget decision.");
  await expect(entry.getByRole("link", { name: /Official notice/ })).toHaveAttribute("href", "https://example.org/official");
  await expect(entry.getByRole("link", { name: /News report/ })).toHaveAttribute("href", "https://example.org/news");

  // The public board shows the new status at once.
  await page.goto(`/?prediction=${fixture.slug}`);
  const card = page.getByTestId("indicator-card").filter({ hasText: indicator.title });
  await expect(card.locator("[data-status]")).toHaveText("Stalled");
  await expect(card).toContainText("since February 10, 2026");
  const prediction = page.getByRole("region", { name: fixture.title });
  await expect(prediction.locator("[data-verdict]")).toHaveText("At risk");

  // Correct it: the original stays, marked as corrected, with the public note.
  await page.goto(`/admin/indicators/${indicator.id}`);
  await page.getByRole("link", { name: /^Correct entry #/ }).click();
  await page.getByLabel("Correct status").selectOption({ label: "In progress" });
  await page.getByLabel("Correction note (public)", { exact: true }).fill("The review resumed the same week; the pause was misreported.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page).toHaveURL(/saved=correction$/);
  await expect(page.getByTestId("correction-note")).toContainText("The review resumed the same week; the pause was misreported.");
  await expect(page.getByTestId("corrected-marker")).toBeVisible();
  await expect(page.getByTestId("timeline-entry")).toHaveCount(2);

  await page.goto(`/?prediction=${fixture.slug}`);
  await expect(page.getByTestId("indicator-card").filter({ hasText: indicator.title }).locator("[data-status]")).toHaveText("In progress");
  expect(errors).toEqual([]);
});

test("an editor cannot open user management or the audit log", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page.request, editor);
  for (const path of ["/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("a stale form is refused with who changed it and when, and the input stays on screen", async ({ browser }) => {
  const [first, second] = [await createUser("editor", "alice"), await createUser("editor", "bob")];
  const fixture = await createPredictionFixture("conflict");
  const [indicator] = fixture.indicators;
  const pages = await Promise.all(
    [first, second].map(async (user) => {
      const context = await browser.newContext();
      await signIn(context.request, user);
      const page = await context.newPage();
      await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
      return page;
    }),
  );

  for (const [index, page] of pages.entries()) {
    await page.getByLabel("New status").selectOption({ label: index === 0 ? "In progress" : "Stalled" });
    await page.getByLabel("Public summary", { exact: true }).fill(`Summary from editor ${index + 1}`);
    await fillEvidence(page, 1, {
      url: `https://example.org/${index}`,
      title: `Source ${index}`,
      publisher: "P",
      date: "2026-01-01",
      kind: "News",
    });
  }
  await pages[0].getByRole("button", { name: "Publish status change" }).click();
  await expect(pages[0]).toHaveURL(/saved=change$/);

  await pages[1].getByRole("button", { name: "Publish status change" }).click();
  const message = pages[1].getByTestId("form-message");
  await expect(message).toContainText(`This indicator was changed by ${first.name} at`);
  await expect(message).toContainText("Nothing was saved");
  await expect(pages[1].getByLabel("Public summary", { exact: true })).toHaveValue("Summary from editor 2");
  await expect(pages[1].getByLabel("New status")).toHaveValue("STALLED"); // choices are kept too, not only text
  await expect(pages[1].getByRole("group", { name: "Evidence 1" }).getByLabel("Kind")).toHaveValue("NEWS");
  await expect(pages[1].getByRole("group", { name: "Evidence 1" }).getByLabel("URL")).toHaveValue("https://example.org/1");

  const counts = await withDb(async (client) => ({
    changes: (await client.query("SELECT count(*)::int AS n FROM status_changes WHERE indicator_id = $1", [indicator.id])).rows[0].n,
    audits: (
      await client.query(
        "SELECT count(*)::int AS n FROM audit_log a JOIN status_changes s ON a.entity_id = s.id::text AND a.entity_type = 'status_change' WHERE s.indicator_id = $1",
        [indicator.id],
      )
    ).rows[0].n,
  }));
  expect(counts).toEqual({ changes: 1, audits: 1 });
});

test("invalid input gets a message next to each field and writes nothing", async ({ page }) => {
  const editor = await createUser("editor");
  const fixture = await createPredictionFixture("invalid");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);
  await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
  // The browser stops at maxlength; a client that ignores it meets the server's limit.
  await page.getByLabel("Public summary", { exact: true }).evaluate((element) => element.removeAttribute("maxlength"));
  await page.getByLabel("Public summary", { exact: true }).fill("x".repeat(4001));
  const group = page.getByRole("group", { name: "Evidence 1" });
  await group.getByLabel("URL").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Publish status change" }).click();

  await expect(page.getByTestId("form-message")).toContainText("nothing was saved");
  await expect(page.getByText("Summary has at most 4000 characters.")).toBeVisible();
  await expect(group.getByText("Evidence URL must be a full web address starting with http:// or https://.")).toBeVisible();
  await expect(group.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
  await expect(group.getByLabel("Title", { exact: true })).toHaveAccessibleDescription("Evidence title is required.");
  const count = await withDb(
    async (client) =>
      (await client.query("SELECT count(*)::int AS n FROM status_changes WHERE indicator_id = $1", [indicator.id])).rows[0].n,
  );
  expect(count).toBe(0);
});

test("an admin deactivates an editor, whose open session stops working at once", async ({ browser }) => {
  const admin = await createUser("admin");
  const editor = await createUser("editor", "leaving");
  const editorContext = await browser.newContext();
  await signIn(editorContext.request, editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto("/admin");
  await expect(editorPage.getByTestId("signed-in-as")).toContainText(editor.name);

  const adminContext = await browser.newContext();
  await signIn(adminContext.request, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/users");
  const form = adminPage.getByRole("form", { name: `Account of ${editor.name}` });
  await form.getByLabel("Account").selectOption("false");
  await form.getByRole("button", { name: `Save ${editor.name}` }).click();
  await expect(form.getByTestId("form-message")).toContainText("deactivated");

  await editorPage.goto("/admin");
  await expect(editorPage).toHaveURL(/\/login/);
  // And they cannot sign in again.
  await submitLogin(editorPage, editor.email, editor.password);
  await expect(editorPage.getByTestId("form-message")).toContainText("do not match an active account");

  await adminPage.goto(`/admin/audit?entity=user`);
  // Other tests running at the same time add account rows too: look at this editor's.
  const editorRows = adminPage.getByTestId("audit-row").filter({ hasText: new RegExp(`user #${editor.id}(?!\\d)`) });
  await expect(editorRows.first()).toContainText("user.update");
});

test("admin pages have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(120_000); // axe takes seconds per page on a busy machine
  const admin = await createUser("admin");
  const fixture = await createPredictionFixture("a11y");
  await signIn(page.request, admin);
  for (const path of [
    "/admin",
    `/admin/indicators/${fixture.indicators[0].id}`,
    `/admin/indicators/${fixture.indicators[0].id}/changes/new`,
    "/admin/users",
    "/admin/audit",
    "/admin/sources",
  ]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  }
  await page.context().clearCookies();
  await page.goto("/login");
  await expectNoSeriousA11yViolations(page);
});
