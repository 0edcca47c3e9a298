// Measured progress in the admin: an editor defines a metric with a target and records values
// with evidence, revises and corrects them, an admin retracts one; values the metric does not
// accept come back with the message beside their field and nothing typed lost; a stale form is
// refused; editors cannot retract; hostile text is shown as text. All data is fictional.
import { expect, test, type Page } from "@playwright/test";
import {
  callAction,
  collectErrors,
  createMetricFixture,
  createObservationFixture,
  createPredictionFixture,
  createUser,
  expectNoSeriousA11yViolations,
  fillEvidence,
  signIn,
  unique,
  withDb,
} from "./support";

const evidence = (label: string, date = "2025-01-10") => ({
  url: `https://example.org/${label}`,
  title: `Fictional report ${label}`,
  publisher: "Fictional Statistics Office",
  date,
});

/** Fills in the record-a-value form (its first evidence row too, when given). */
async function fillValue(
  page: Page,
  value: { period: string; value: string; stage?: string; estimate?: boolean; note?: string },
  firstEvidence?: Parameters<typeof fillEvidence>[2],
) {
  await page.getByLabel("Period").fill(value.period);
  await page.getByLabel("Value", { exact: true }).fill(value.value);
  if (value.stage) await page.getByRole("radio", { name: new RegExp(`^${value.stage}`) }).check();
  if (value.estimate) await page.getByLabel("Estimate").check();
  if (value.note !== undefined) await page.getByLabel(/^Note \([^)]*\)$/).fill(value.note);
  if (firstEvidence) await fillEvidence(page, 1, firstEvidence);
}

const metricIdOf = (page: Page) => Number(/\/admin\/metrics\/(\d+)/.exec(page.url())![1]);

const observationIds = (metricId: number) =>
  withDb(async (client) => {
    const { rows } = await client.query("SELECT id, period_label, value::text FROM observations WHERE metric_id = $1 ORDER BY id", [
      metricId,
    ]);
    return rows as { id: number; period_label: string; value: string }[];
  });

test("an editor defines a metric and a target, records, revises and corrects values with evidence; an admin retracts one", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const [editor, admin] = await Promise.all([createUser("editor", "metric-editor"), createUser("admin", "metric-admin")]);
  const fixture = await createPredictionFixture("metrics-admin");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);

  // The indicator's admin page: no metrics yet.
  await page.goto(`/admin/indicators/${indicator.id}`);
  const progress = page.getByRole("region", { name: "Measured progress" });
  await expect(progress).toContainText("No metrics yet");
  await expectNoSeriousA11yViolations(page);
  await progress.getByRole("link", { name: "Add a metric" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New metric" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A metric: % of GDP, 1 decimal.
  const slug = unique("spending").toLowerCase();
  await page.getByLabel("Title", { exact: true }).fill("Fictional spending, share of GDP");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Definition", { exact: true }).fill("A fictional figure, made up for this test.");
  await page.getByLabel("Unit", { exact: true }).fill("% of GDP");
  await page.getByLabel("Kind of unit").selectOption({ label: "Percentage (0 to 100)" });
  await page.getByLabel("Decimals").fill("1");
  await page.getByRole("button", { name: "Create metric" }).click();
  await expect(page).toHaveURL(/\/admin\/metrics\/\d+\?saved=metric$/);
  await expect(page.getByRole("status")).toHaveText("Metric saved.");
  const metricId = metricIdOf(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fictional spending, share of GDP");
  await expect(page.getByRole("region", { name: "Pace" })).toContainText("No target");

  // A target, with its commitment.
  await page.getByRole("link", { name: "Add a target" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a target" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Target value").fill("2.0");
  await page.getByLabel("Due date").fill("2030-12-31");
  await page.getByLabel("Label", { exact: true }).fill("Fictional pledge");
  await page.getByLabel("Commitment", { exact: true }).fill("Fictional Summit Declaration");
  await page.getByLabel("Commitment URL").fill("https://example.org/declaration");
  await page.getByLabel("Commitment date").fill("2024-06-01");
  await page.getByRole("button", { name: "Add target" }).click();
  await expect(page).toHaveURL(/saved=target$/);
  await expect(page.getByTestId("target-row")).toHaveCount(1);
  await expect(page.getByTestId("target-row")).toContainText("2.0% of GDP");
  await expect(page.getByTestId("target-row")).toContainText("December 31, 2030");
  await expect(page.getByRole("region", { name: "Pace" })).toContainText("No delivered values yet");

  // Three values, each with evidence (the second with two pieces).
  for (const [period, value] of [
    ["2022", "1.2"],
    ["2023", "1.4"],
    ["2024", "1.7"],
  ]) {
    await page.getByRole("link", { name: "Record a value" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Record a value" })).toBeVisible();
    await fillValue(page, { period, value }, evidence(`report-${period}`));
    if (period === "2023") {
      await page.getByRole("button", { name: "Add evidence" }).click();
      await fillEvidence(page, 2, { ...evidence("second-2023"), kind: "News" });
    }
    await page.getByRole("button", { name: "Publish value" }).click();
    await expect(page).toHaveURL(/saved=observation$/);
  }
  await expect(page.getByTestId("observation")).toHaveCount(3);
  await expect(page.getByTestId("observation-state")).toHaveText(["Current", "Current", "Current"]);
  await expect(page.getByTestId("observation").first()).toContainText("1.7% of GDP, 2024");
  await expect(
    page
      .getByTestId("observation")
      .nth(1)
      .getByRole("link", { name: /Fictional report second-2023/ }),
  ).toHaveAttribute("href", "https://example.org/second-2023");
  await expect(page.getByRole("region", { name: "Pace" })).toContainText("1.7% of GDP, 2024");
  const [first, second, third] = await observationIds(metricId);
  await expectNoSeriousA11yViolations(page);

  // Bad values: each comes back beside its field, with everything typed kept (both evidence rows too).
  await page.getByRole("link", { name: "Record a value" }).click();
  await fillValue(page, { period: "2024", value: "abc", note: "" }, evidence("kept-1"));
  await page.getByRole("button", { name: "Add evidence" }).click();
  await fillEvidence(page, 2, { ...evidence("kept-2"), kind: "News" });
  const expectKept = async (period: string, value: string, note = "") => {
    await expect(page.getByLabel("Period")).toHaveValue(period);
    await expect(page.getByLabel("Value", { exact: true })).toHaveValue(value);
    await expect(page.getByLabel(/^Note \([^)]*\)$/)).toHaveValue(note);
    await expect(page.getByTestId("evidence-row")).toHaveCount(2);
    await expect(page.getByRole("group", { name: "Evidence 1" }).getByLabel("URL")).toHaveValue("https://example.org/kept-1");
    await expect(page.getByRole("group", { name: "Evidence 2" }).getByLabel("Title", { exact: true })).toHaveValue(
      "Fictional report kept-2",
    );
    await expect(page.getByRole("group", { name: "Evidence 2" }).getByLabel("Kind")).toHaveValue("NEWS");
  };
  const submitRefused = async (field: string, message: string | RegExp) => {
    await page.getByRole("button", { name: "Publish value" }).click();
    await expect(page.locator(`#${field}-error`)).toHaveText(message);
    await expect(
      page.getByLabel(field === "note" ? /^Note \([^)]*\)$/ : field === "value" ? "Value" : "Period", { exact: field === "value" }),
    ).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("form-message")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/admin/metrics/${metricId}/observations/new$`));
  };
  await submitRefused("value", "Value must be a number, like 2.5 (a point for decimals, no thousands separators).");
  await expectKept("2024", "abc");
  await page.getByLabel("Value", { exact: true }).fill("1.75");
  await submitRefused("value", "Value has at most 1 decimal for this metric.");
  await expectKept("2024", "1.75");
  await page.getByLabel("Value", { exact: true }).fill("120.0");
  await submitRefused("value", "Value is a percentage: between 0 and 100.");
  await expectKept("2024", "120.0");
  await page.getByLabel("Period").fill("2024-Q5");
  await page.getByLabel("Value", { exact: true }).fill("1.8");
  await submitRefused("period", /^Period must be a year \(2025\), a fiscal year \(FY2024-25\)/);
  await expectKept("2024-Q5", "1.8");
  await expectNoSeriousA11yViolations(page);

  // A new value for 2024 (delivered) is a revision: refused without its note, then accepted with it.
  await page.getByLabel("Period").fill("2024");
  await submitRefused("note", /^2024 \(delivered\) already has a value: 1\.7% of GDP, 2024\. A new value for it is a revision/);
  await expectKept("2024", "1.8");
  await page.getByLabel(/^Note \([^)]*\)$/).fill("The office revised its 2024 figure in its spring release.");
  await page.getByRole("button", { name: "Publish value" }).click();
  await expect(page).toHaveURL(/saved=revision$/);
  const revision = page.getByTestId("observation").first();
  await expect(revision).toContainText("1.8% of GDP, 2024");
  await expect(revision).toContainText(`Revision of value #${third.id}, which was 1.7% of GDP, 2024.`);
  await expect(revision.getByTestId("observation-note")).toContainText("The office revised its 2024 figure in its spring release.");
  await expect(revision.getByRole("link", { name: /Fictional report kept-2/ })).toBeVisible();
  const revised = page.locator(`#observation-${third.id}`);
  await expect(revised.getByTestId("observation-state")).toHaveText("Revised");
  await expect(revised.getByRole("link", { name: /^Correct value/ })).toHaveCount(0);

  // An editor corrects the 2023 value (our mistake); no retract links for editors.
  await expect(page.getByRole("link", { name: /^Retract value/ })).toHaveCount(0);
  await page
    .locator(`#observation-${second.id}`)
    .getByRole("link", { name: `Correct value #${second.id}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `Correct value #${second.id}` })).toBeVisible();
  await expect(page.getByLabel("Period")).toHaveValue("2023");
  await expect(page.getByLabel("Value", { exact: true })).toHaveValue("1.4");
  await expect(page.getByTestId("evidence-row")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Value", { exact: true }).fill("1.5");
  await page.getByLabel("Correction note (public)", { exact: true }).fill("We mistyped the 2023 figure: the report says 1.5.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page).toHaveURL(/saved=correction$/);
  await expect(page.locator(`#observation-${second.id}`).getByTestId("observation-state")).toHaveText("Corrected");
  await expect(page.getByTestId("observation").first()).toContainText("1.5% of GDP, 2023");
  await expect(page.getByTestId("observation-correction-note")).toContainText(
    `Correction of value #${second.id} (1.4% of GDP, 2023): We mistyped the 2023 figure: the report says 1.5.`,
  );

  // The editor cannot retract: the page is 403, and so is the action.
  expect(errors).toEqual([]);
  expect((await page.goto(`/admin/observations/${first.id}/retract`))?.status()).toBe(403);
  errors.length = 0; // the 403, and the browser's request for a favicon on that error page
  const version = await withDb(
    async (client) => (await client.query("SELECT version FROM metrics WHERE id = $1", [metricId])).rows[0].version as number,
  );
  const refused = await callAction(page.request, `/admin/observations/${first.id}/retract`, "retractObservationAction", {
    observationId: first.id,
    version,
    retractionNote: "An editor may not retract.",
  });
  expect(refused.result).toMatchObject({ ok: false, status: 403 });

  // An admin retracts the 2022 value.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage.request, admin);
  await adminPage.goto(`/admin/metrics/${metricId}`);
  await adminPage.getByRole("link", { name: `Retract value #${first.id}` }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: `Retract value #${first.id}` })).toBeVisible();
  await expectNoSeriousA11yViolations(adminPage);
  await adminPage.getByLabel("Retraction note (public)", { exact: true }).fill("The 2022 report was withdrawn by its publisher.");
  await adminPage.getByRole("button", { name: `Retract value #${first.id}` }).click();
  await expect(adminPage).toHaveURL(/saved=retraction$/);
  const retracted = adminPage.locator(`#observation-${first.id}`);
  await expect(retracted.getByTestId("observation-state")).toHaveText("Retracted");
  await expect(retracted.getByTestId("observation-retraction-note")).toContainText("The 2022 report was withdrawn by its publisher.");
  await expect(retracted.getByRole("link", { name: /^(Correct|Retract) value/ })).toHaveCount(0);

  // Nothing deleted: five rows, three of them no longer counting.
  const states = await adminPage.getByTestId("observation-state").allTextContents();
  expect(states.sort()).toEqual(["Corrected", "Current", "Current", "Retracted", "Revised"]);

  // The audit log says what each write did.
  await adminPage.goto("/admin/audit?entity=observation");
  const rows = adminPage.getByTestId("audit-row");
  await expect(rows.filter({ hasText: "observation.retract" }).first()).toContainText("retracted");
  await expect(rows.filter({ hasText: "observation.correct" }).first()).toContainText("corrected by value #");
  await expect(rows.filter({ hasText: "observation.revise" }).first()).toContainText(`replaces #${third.id}`);
  await adminPage.goto("/admin/audit?entity=metric_target");
  await expect(adminPage.getByTestId("audit-row").first()).toContainText("metric target #");
  await adminContext.close();

  // The indicator's page and the status form show the metric's latest delivered value and its pace.
  await page.goto(`/admin/indicators/${indicator.id}`);
  const summary = page.getByTestId("metric-summary");
  await expect(summary).toContainText("Fictional spending, share of GDP");
  await expect(summary).toContainText("1.8% of GDP, 2024");
  await expect(summary).toContainText("On pace");
  await expect(summary).toContainText("2.0% of GDP by December 31, 2030 (Fictional pledge)");
  await expect(summary.getByRole("link", { name: /^Manage/ })).toHaveAttribute("href", `/admin/metrics/${metricId}`);
  await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
  const pace = page.getByRole("region", { name: "Measured progress" });
  await expect(pace).toContainText("On pace");
  await expect(pace).toContainText("1.8% of GDP, 2024");
  await expect(pace).toContainText("Next target");
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("an editor edits and removes a target; a stale form (two tabs) is refused with the conflict message, its input kept", async ({
  browser,
}) => {
  const editor = await createUser("editor", "metric-tabs");
  const fixture = await createPredictionFixture("metrics-tabs");
  const { metricId, targetId } = await createMetricFixture(fixture.indicators[0].id);
  const context = await browser.newContext();
  const [tab1, tab2] = [await context.newPage(), await context.newPage()];
  await signIn(tab1.request, editor);

  // Both tabs open the record form at the same version; the first saves, the second is refused.
  await tab1.goto(`/admin/metrics/${metricId}/observations/new`);
  await tab2.goto(`/admin/metrics/${metricId}/observations/new`);
  await fillValue(tab1, { period: "2023", value: "1.4" }, evidence("tab-1"));
  await tab1.getByRole("button", { name: "Publish value" }).click();
  await expect(tab1).toHaveURL(/saved=observation$/);
  await fillValue(tab2, { period: "2024", value: "1.6", note: "Typed in the second tab." }, evidence("tab-2"));
  await tab2.getByRole("button", { name: "Publish value" }).click();
  await expect(tab2.getByTestId("form-message")).toContainText(
    /^This metric was changed by .+, after you opened this form\. Nothing was saved/,
  );
  await expect(tab2.getByLabel("Period")).toHaveValue("2024");
  await expect(tab2.getByLabel("Value", { exact: true })).toHaveValue("1.6");
  await expect(tab2.getByLabel(/^Note \([^)]*\)$/)).toHaveValue("Typed in the second tab.");
  await expect(tab2.getByRole("group", { name: "Evidence 1" }).getByLabel("URL")).toHaveValue("https://example.org/tab-2");
  expect((await observationIds(metricId)).map((row) => row.period_label)).toEqual(["2023"]);

  // The metric's own form, stale after that value, is refused the same way.
  await tab2.goto(`/admin/metrics/${metricId}`);
  await tab1.goto(`/admin/metrics/${metricId}`);
  await tab1.getByLabel("Title", { exact: true }).fill("Renamed in the first tab");
  await tab1.getByRole("button", { name: "Save metric" }).click();
  await expect(tab1).toHaveURL(/saved=metric$/);
  await tab2.getByLabel("Title", { exact: true }).fill("Renamed in the second tab");
  await tab2.getByRole("button", { name: "Save metric" }).click();
  await expect(tab2.getByTestId("form-message")).toContainText("after you opened this form");
  await expect(tab2.getByLabel("Title", { exact: true })).toHaveValue("Renamed in the second tab");

  // Edit the target, then remove it.
  await tab1.goto(`/admin/targets/${targetId}`);
  await expect(tab1.getByLabel("Target value")).toHaveValue("2.0");
  await expectNoSeriousA11yViolations(tab1);
  await tab1.getByLabel("Target value").fill("2.55");
  await tab1.getByRole("button", { name: "Save target" }).click();
  await expect(tab1.locator("#value-error")).toHaveText("Target value has at most 1 decimal for this metric.");
  await expect(tab1.getByLabel("Target value")).toHaveValue("2.55");
  await tab1.getByLabel("Target value").fill("2.5");
  await tab1.getByRole("button", { name: "Save target" }).click();
  await expect(tab1).toHaveURL(/saved=target$/);
  await expect(tab1.getByTestId("target-row")).toContainText("2.5% of GDP");
  await tab1.getByRole("link", { name: /^Edit target/ }).click();
  await tab1.getByRole("button", { name: "Remove this target" }).click();
  await expect(tab1).toHaveURL(/saved=target-removed$/);
  await expect(tab1.getByTestId("target-row")).toHaveCount(0);
  await expect(tab1.getByRole("region", { name: "Pace" })).toContainText("No target");
  await context.close();
});

// Control characters are refused (tests/unit/text-fields.test.ts); bidirectional controls are removed on the way in.
const hostile = `<script>alert(1)</script> ]]> & "q" \u202Eevil\u2066 עברית`;
const cleaned = hostile.replace(/[\u202E\u2066]/g, "");

test("hostile text in a metric's title, definition, unit and a value's note is shown as text in the admin", async ({ page }) => {
  const editor = await createUser("editor", "metric-hostile");
  const fixture = await createPredictionFixture("metrics-hostile");
  const [indicator] = fixture.indicators;
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await signIn(page.request, editor);
  await page.goto(`/admin/indicators/${indicator.id}/metrics/new`);
  await page.getByLabel("Title", { exact: true }).fill(`Title ${hostile}`);
  await page.getByLabel("Slug").fill(unique("hostile").toLowerCase());
  await page.getByLabel("Definition", { exact: true }).fill(`Definition ${hostile}`);
  await page.getByLabel("Unit", { exact: true }).fill(`u ${hostile}`);
  await page.getByLabel("Kind of unit").selectOption({ label: "Count" });
  await page.getByLabel("Decimals").fill("0");
  await page.getByRole("button", { name: "Create metric" }).click();
  await expect(page).toHaveURL(/saved=metric$/);
  await page.getByRole("link", { name: "Record a value" }).click();
  await fillValue(page, { period: "2024", value: "3", note: `Note ${hostile}` }, { ...evidence("hostile"), title: `Evidence ${hostile}` });
  await page.getByRole("button", { name: "Publish value" }).click();
  await expect(page).toHaveURL(/saved=observation$/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Title ${cleaned}`);
  await expect(page.getByRole("paragraph").getByText(`Definition ${cleaned}`, { exact: true })).toBeVisible();
  const observation = page.getByTestId("observation");
  await expect(observation.getByRole("heading", { level: 3 })).toHaveText(`3 u ${cleaned}, 2024`);
  await expect(observation.getByTestId("observation-note")).toHaveText(`Note: Note ${cleaned}`);
  await expect(observation.getByRole("link", { name: `Evidence ${cleaned}` })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).not.toMatch(/[\u202E\u2066]/);
  expect(
    await page
      .locator("script:not([src])")
      .evaluateAll(
        (scripts) => scripts.filter((s) => s.textContent?.includes("alert(1)") && !s.textContent.includes("self.__next")).length,
      ),
  ).toBe(0);

  await page.goto(`/admin/indicators/${indicator.id}`);
  await expect(page.getByTestId("metric-summary").getByRole("heading", { level: 3 })).toHaveText(`Title ${cleaned}`);
  await expect(page.getByTestId("metric-summary")).toContainText(`3 u ${cleaned}, 2024`);
  await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
  await expect(page.getByTestId("metric-summary")).toContainText(`3 u ${cleaned}, 2024`);
  expect(dialogs).toBe(0);
});

test("a value's pages: an editor corrects, only an admin retracts, and a replaced value cannot be corrected again", async ({ page }) => {
  const [editor, admin] = await Promise.all([createUser("editor", "value-pages"), createUser("admin", "value-pages-admin")]);
  const fixture = await createPredictionFixture("metrics-value-pages");
  const { metricId } = await createMetricFixture(fixture.indicators[0].id);
  const observationId = await createObservationFixture(metricId, admin.id, 2023);
  await signIn(page.request, editor);
  expect((await page.goto(`/admin/observations/${observationId}/retract`))?.status()).toBe(403);
  expect((await page.goto(`/admin/observations/999999999/correct`))?.status()).toBe(404);
  await page.goto(`/admin/observations/${observationId}/correct`);
  await page.getByLabel("Correction note (public)", { exact: true }).fill("Fixing a typo in the figure.");
  await page.getByLabel("Value", { exact: true }).fill("1.6");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page).toHaveURL(/saved=correction$/);
  await page.goto(`/admin/observations/${observationId}/correct`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Value #${observationId} cannot be corrected`);
});
