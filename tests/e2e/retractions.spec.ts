// A retracted entry, as an anonymous reader sees it on the public indicator page: still there,
// marked retracted with its note, and no longer counted as the current status.
import { expect, test } from "@playwright/test";
import { callAction, createPredictionFixture, createUser, expectSaved, signIn, statusChangeFields, unique, withDb } from "./support";

test("an anonymous reader sees a retracted entry marked, with its note, and the status from the entries that still count", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const [editor, admin] = await Promise.all([createUser("editor", "retraction-editor"), createUser("admin", "retraction-admin")]);
  const fixture = await createPredictionFixture("retraction");
  const [indicator] = fixture.indicators;
  const staff = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.71" } });
  const adminRequest = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.72" } });
  await Promise.all([signIn(staff, editor), signIn(adminRequest, admin)]);
  const record = (version: number, toStatus: string, effectiveOn: string, summary: string) =>
    callAction(staff, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", {
      ...statusChangeFields(indicator.id, version, summary),
      toStatus,
      effectiveOn,
    });
  const kept = unique("Stalled in committee");
  const retracted = unique("Funding announced");
  expectSaved(await record(1, "STALLED", "2026-01-10", kept), `/admin/indicators/${indicator.id}?saved=change`);
  expectSaved(await record(2, "ACHIEVED", "2026-01-20", retracted), `/admin/indicators/${indicator.id}?saved=change`);

  // An anonymous reader has the page cached as Achieved before the retraction.
  const reader = await browser.newContext();
  const page = await reader.newPage();
  await page.goto(`/indicators/${indicator.slug}`);
  await expect(page.locator("article > header [data-status]")).toHaveText("Achieved");

  const changeId = await withDb(
    async (client) => (await client.query("SELECT id FROM status_changes WHERE summary = $1", [retracted])).rows[0].id as number,
  );
  const note = `Recorded on the wrong indicator: <b>not</b> "this" one & ${unique("note")}.`;
  const retraction = await callAction(adminRequest, `/admin/changes/${changeId}/retract`, "retractStatusChangeAction", {
    changeId,
    version: 3,
    retractionNote: note,
  });
  expectSaved(retraction, `/admin/indicators/${indicator.id}?saved=retraction`);

  // The page as served to someone with no session (through the public cache), read as HTML...
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get(`/indicators/${indicator.slug}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-cache"], "served through the public cache").toMatch(/^(MISS|HIT)$/);
  const html = await response.text();
  expect(html).toContain(`id="change-${changeId}"`);
  expect(html).toMatch(new RegExp(`id="change-${changeId}"[^>]*data-state="retracted"`));
  expect(html).toContain("Recorded on the wrong indicator: &lt;b&gt;not&lt;/b&gt; &quot;this&quot; one &amp;");
  expect(html).not.toContain("<b>not</b>");

  // ...and in the browser.
  await page.reload();
  await expect(page.locator("article > header [data-status]")).toHaveText("Stalled");
  await expect(page.locator("article > header time").first()).toHaveAttribute("datetime", "2026-01-10");
  const entries = page.getByTestId("timeline-entry");
  await expect(entries).toHaveCount(2);
  const gone = page.locator(`#change-${changeId}`);
  await expect(gone).toHaveAttribute("data-state", "retracted");
  await expect(gone).toContainText(retracted);
  await expect(gone.getByTestId("retraction-note")).toContainText(`Retracted`);
  await expect(gone.getByTestId("retraction-note")).toContainText(
    `by ${admin.name}: ${note} It no longer counts toward the indicator’s status.`,
  );
  await expect(entries.filter({ hasText: kept })).toHaveAttribute("data-state", "current");
  // The time-in-status strip counts only what still stands.
  const strip = page.getByRole("img", { name: /^Time in each status since tracking began:/ });
  await expect(strip).toHaveAccessibleName(/Stalled/);
  await expect(strip).not.toHaveAccessibleName(/Achieved/);

  // The board agrees.
  await page.goto(`/?prediction=${fixture.slug}`);
  await expect(page.getByTestId("indicator-card").filter({ hasText: indicator.title }).locator("[data-status]")).toHaveText("Stalled");
  await Promise.all([staff.dispose(), adminRequest.dispose(), anonymous.dispose(), reader.close()]);
});
