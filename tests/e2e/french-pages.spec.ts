// The public pages in French: the board, a prediction and an indicator with a metric read in
// French (lang, labels, dates and numbers), pass axe in light and dark, keep their page and filters
// across the language switch, and show an untranslated text as the English original, marked, until
// its French version is written. All data is fictional and made here.
import { expect, test } from "@playwright/test";
import {
  collectErrors,
  createMetricFixture,
  createObservationFixture,
  createPredictionFixture,
  createUser,
  expectNoSeriousA11yViolations,
  invalidatePublicCaches,
  withDb,
} from "./support";

test("the board reads in French, and the language switch keeps its filters", async ({ page }) => {
  const errors = collectErrors(page);
  const fixture = await createPredictionFixture("french-board");
  await page.goto(`/fr?prediction=${fixture.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de suivi" })).toBeVisible();
  await expect(page.getByTestId("freshness")).toContainText("Tient compte des changements jusqu’au");
  await expect(page.getByLabel("Statut", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Appliquer" })).toBeVisible();
  const card = page.getByTestId("indicator-card").first();
  await expect(card.locator("[data-status]")).toHaveText("Pas encore évalué");
  await expect(card).toContainText("Ce qui compte comme atteint");
  // The verdict's reason, in French, quoting the untranslated indicator in English.
  const section = page.getByTestId("prediction");
  await expect(section).toContainText(`Pas encore évalué\u00a0: «\u00a0${fixture.indicators[0].title}\u00a0»`);
  await expect(section.locator(`span[lang="en-CA"]`, { hasText: fixture.indicators[0].title }).first()).toBeVisible();
  // Internal links stay in French.
  await expect(card.getByRole("link", { name: fixture.indicators[0].title }).first()).toHaveAttribute(
    "href",
    `/fr/indicators/${fixture.indicators[0].slug}`,
  );

  await page.goto("/?status=STALLED");
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\?status=STALLED$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByLabel("Statut", { exact: true })).toHaveValue("STALLED");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/\?status=STALLED$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await expect(page.getByRole("heading", { level: 1, name: "Status board" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a prediction page reads in French: verdict, rule and dates", async ({ page }) => {
  const fixture = await createPredictionFixture("french-prediction");
  await withDb((client) =>
    client.query(`UPDATE predictions SET horizon_on = '2026-11-30', title_fr = $2 WHERE id = $1`, [
      fixture.predictionId,
      `Prédiction ${fixture.slug}`,
    ]),
  );
  await invalidatePublicCaches();
  await page.goto(`/fr/predictions/${fixture.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Prédiction ${fixture.slug}`);
  await expect(page).toHaveTitle(new RegExp(`Prédiction ${fixture.slug}\u00a0: `));
  await expect(page.getByRole("heading", { name: "Comment la règle a été appliquée" })).toBeVisible();
  await expect(page.locator("main")).toContainText("30 novembre 2026");
  await expect(page.locator("main")).toContainText("Vérifié\u00a0: 0 indicateur Atteint sur 1.");
  await expect(page.locator("[data-decisive]")).toContainText("S’applique\u00a0: c’est le verdict.");
  // The claim has no French version yet: the English original, marked.
  const claim = page.locator("header [data-translation=pending]");
  await expect(claim.locator('[lang="en-CA"]')).toHaveText("A test claim.");
  await expect(claim).toContainText("Traduction à venir");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/predictions/${fixture.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.title);
});

test("an indicator page with a metric reads in French, and shows a pending translation until it is written", async ({ page }) => {
  test.setTimeout(120_000); // axe on three pages in two colour schemes
  const errors = collectErrors(page);
  const fixture = await createPredictionFixture("french-indicator");
  const indicator = fixture.indicators[0];
  const editor = await createUser("editor", "french");
  const metric = await createMetricFixture(indicator.id, "french-metric");
  await createObservationFixture(metric.metricId, editor.id, 2024, "1.5");
  await withDb((client) =>
    client.query(`UPDATE metrics SET unit_fr = '% du PIB', title_fr = 'Mesure fictive' WHERE id = $1`, [metric.metricId]),
  );
  await invalidatePublicCaches();

  await page.goto(`/fr/indicators/${indicator.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  // The title has no French version yet: the English original, in English, and a visible note.
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveAttribute("data-translation", "pending");
  await expect(heading.locator('[lang="en-CA"]')).toHaveText(indicator.title);
  await expect(heading).toContainText("(Traduction à venir)");
  await expect(page.getByRole("heading", { name: "Statut au fil du temps" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Progrès mesurés" })).toBeVisible();

  const metricCard = page.getByTestId("metric");
  await expect(metricCard.getByRole("link", { name: "Mesure fictive", exact: true })).toHaveAttribute(
    "href",
    `/fr/indicators/${indicator.slug}/metrics/${metric.slug}`,
  );
  await expect(page.getByTestId("metric-latest")).toHaveText("1,5\u00a0% du PIB, 2024");
  await expect(page.getByTestId("metric-next-target")).toContainText("2,0\u00a0% du PIB d’ici le 31 décembre 2030");
  await expect(page.getByTestId("metric-next-target")).toContainText("engagement pris le 1er juin 2024");
  await expect(page.getByTestId("metric-chart").locator("title")).toHaveText("Mesure fictive, au fil du temps");
  await expect(page.getByTestId("metric-chart").locator("desc")).toContainText("Cible\u00a0: 2,0\u00a0% du PIB d’ici le 31 décembre 2030.");
  await expect(page.getByTestId("metric-table").getByRole("columnheader", { name: "Période" })).toBeVisible();

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/fr/indicators/${indicator.slug}`);
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/fr?prediction=${fixture.slug}`);
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/fr/indicators/${indicator.slug}/metrics/${metric.slug}`);
    await expectNoSeriousA11yViolations(page);
  }
  await page.emulateMedia({ colorScheme: "light" });

  // The metric's page, in French.
  await page.goto(`/fr/indicators/${indicator.slug}/metrics/${metric.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mesure fictive");
  await expect(page.getByRole("heading", { name: "Ce qui est compté" })).toBeVisible();
  await expect(page.getByTestId("observation").first()).toContainText("1,5\u00a0% du PIB");

  // Once an editor writes the French title, the page shows it, unmarked.
  await withDb((client) => client.query(`UPDATE indicators SET title_fr = $2 WHERE id = $1`, [indicator.id, `Indicateur ${fixture.slug}`]));
  await invalidatePublicCaches();
  // The first request after a write may still get the copy being replaced.
  await expect(async () => {
    await page.goto(`/fr/indicators/${indicator.slug}`);
    await expect(heading).toHaveText(`Indicateur ${fixture.slug}`, { timeout: 1000 });
  }).toPass();
  await expect(heading).not.toHaveAttribute("data-translation", "pending");
  await expect(heading).not.toHaveAttribute("lang", "en-CA");
  await expect(page).toHaveTitle(`Indicateur ${fixture.slug}\u00a0: Pas encore évalué`);

  // The switch keeps the page: the English original, with its English labels.
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.slug}$`));
  await expect(heading).toHaveText(indicator.title);
  await expect(page.getByTestId("metric-latest")).toHaveText("1.5% of GDP, 2024");
  expect(errors).toEqual([]);
});
