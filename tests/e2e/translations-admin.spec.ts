// Both languages in the admin: an editor writes an indicator's English and French side by side
// (each French field typed in French, lang="fr-CA"); finds a status change recorded in English only
// in the untranslated queue, filtered to its kind and prediction; adds its French; and it leaves the
// queue. All data is fictional.
import { expect, test } from "@playwright/test";
import { collectErrors, createPredictionFixture, createUser, expectNoSeriousA11yViolations, fillEvidence, signIn, withDb } from "./support";

test("an editor writes both versions of an indicator side by side, then translates a status change found in the queue", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const editor = await createUser("editor", "translator");
  const fixture = await createPredictionFixture("translations");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);

  // Both versions, side by side: English on the left, French on the right, typed in French.
  await page.goto(`/admin/indicators/${indicator.id}#edit`);
  const english = page.getByLabel("Title", { exact: true });
  const french = page.getByLabel("Title (French)", { exact: true });
  await expect(french).toHaveAttribute("lang", "fr-CA");
  await expect(english).not.toHaveAttribute("lang", /./);
  const [left, right] = [await english.boundingBox(), await french.boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
  await english.fill("Arctic radar contract (test)");
  await french.fill("Contrat de radar arctique (test)");
  await page.getByLabel("What counts as achieved (French)", { exact: true }).fill("Critères d’essai : « contrat signé ».");
  await page.getByLabel("Theme (French)", { exact: true }).fill("Arctique");
  await page.getByRole("button", { name: "Save indicator" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/indicators/${indicator.id}\\?saved=indicator$`));
  await expect(page.getByLabel("Title (French)", { exact: true })).toHaveValue("Contrat de radar arctique (test)");
  const stored = await withDb(async (client) => (await client.query("SELECT * FROM indicators WHERE id = $1", [indicator.id])).rows[0]);
  expect(stored).toMatchObject({
    title: "Arctic radar contract (test)",
    title_fr: "Contrat de radar arctique (test)",
    criteria: "Test criteria.",
    criteria_fr: "Critères d’essai : « contrat signé ».",
    theme_fr: "Arctique",
  });

  // A status change recorded in English only…
  await page.goto(`/admin/indicators/${indicator.id}/changes/new`);
  await page.getByLabel("New status").selectOption({ label: "In progress" });
  await page.getByLabel("Effective date").fill("2026-02-10");
  await page.getByLabel("Public summary", { exact: true }).fill("Radar contract **tendered** (test).");
  await fillEvidence(page, 1, {
    url: "https://example.org/radar",
    title: "Tender notice (test)",
    publisher: "Department",
    date: "2026-02-09",
  });
  await page.getByRole("button", { name: "Publish status change" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/indicators/${indicator.id}\\?saved=change$`));

  // …is in the queue, linked from the navigation, filtered by kind and prediction.
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /^Untranslated \([\d,]+\+?\)$/ })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: /^Untranslated/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/translations$/);
  await page.locator("select[name=kind]").selectOption({ label: "Status change" });
  await page.locator("select[name=prediction]").selectOption({ label: fixture.title });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`kind=status_change&prediction=${fixture.predictionId}`));
  const row = page.getByTestId("untranslated-row").filter({ hasText: "Radar contract **tendered** (test)." });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("missing: summary");
  await expectNoSeriousA11yViolations(page);

  // The French is added beside the English as published, and the entry leaves the queue.
  await row.getByRole("link", { name: /Add French/ }).click();
  await expect(page).toHaveURL(/\/admin\/changes\/\d+\/french$/);
  await expect(page.getByText("Radar contract **tendered** (test).")).toHaveAttribute("lang", "en-CA");
  const summaryFr = page.getByLabel("Public summary (French)", { exact: true });
  await expect(summaryFr).toHaveAttribute("lang", "fr-CA");
  await summaryFr.fill("Contrat de radar **lancé en appel d’offres** (test).");
  await page.getByLabel("Evidence 1 title (French)", { exact: true }).fill("Avis d’appel d’offres (test)");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Save French" }).click();
  await expect(page).toHaveURL(/\/admin\/translations\?saved=french$/);
  await expect(page.getByRole("status")).toContainText("French saved.");
  await page.goto(`/admin/translations?kind=status_change&prediction=${fixture.predictionId}`);
  await expect(page.getByTestId("untranslated-row")).toHaveCount(0);
  await page.goto(`/admin/translations?kind=evidence&prediction=${fixture.predictionId}`);
  await expect(page.getByTestId("untranslated-row")).toHaveCount(0);
  const change = await withDb(
    async (client) =>
      (
        await client.query(
          "SELECT s.summary_fr, e.title_fr FROM status_changes s JOIN evidence e ON e.status_change_id = s.id WHERE s.indicator_id = $1",
          [indicator.id],
        )
      ).rows,
  );
  expect(change).toEqual([
    { summary_fr: "Contrat de radar **lancé en appel d’offres** (test).", title_fr: "Avis d’appel d’offres (test)" },
  ]);
  expect(errors).toEqual([]);
});
