// The public pages in French: the board, a prediction and an indicator with a metric read in
// French (lang, labels, dates and numbers), pass axe in light and dark, keep their page and filters
// across the language switch (with or without JavaScript), and show an untranslated text as the
// English original, marked, until its French version is written; /fr-CA/… leads to /fr/…, and the
// social image is described in French. All data is fictional and made here.
import { expect, test } from "@playwright/test";
import { SHARED_CACHE_CONTROL } from "../../server/deferred-head.mjs";
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

// A reader without JavaScript gets the switch as the server drew it: for the board, that link must
// already carry the filters (the board is a cached page per view, so the view is what it knows).
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language switch keeps the board's filters and the page", async ({ page }) => {
    const fixture = await createPredictionFixture("french-nojs");
    const response = await page.goto("/?status=STALLED");
    // Still one cached page per view: a switch that read the request would make the board dynamic.
    expect(response?.headers()["cache-control"]).toBe(SHARED_CACHE_CONTROL);
    const french = page.getByRole("link", { name: "Français" });
    await expect(french).toHaveAttribute("href", "/fr?status=STALLED");
    await french.click();
    await expect(page).toHaveURL(/\/fr\?status=STALLED$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    await expect(page.getByLabel("Statut", { exact: true })).toHaveValue("STALLED");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/?status=STALLED");

    await page.goto(`/fr?prediction=${fixture.slug}&order=recent`);
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", `/?prediction=${fixture.slug}&order=recent`);
    // The unfiltered board, and a page that is not the board, keep their address alone.
    await page.goto("/fr");
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/");
    await page.goto(`/indicators/${fixture.indicators[0].slug}`);
    await expect(page.getByRole("link", { name: "Français" })).toHaveAttribute("href", `/fr/indicators/${fixture.indicators[0].slug}`);
  });
});

test("/en-CA/… and /fr-CA/… redirect to the language's own address, query kept", async ({ request, baseURL }) => {
  const cases: [string, string][] = [
    ["/en-CA/methodology?x=1", "/methodology?x=1"],
    ["/fr-CA/methodology?x=1", "/fr/methodology?x=1"],
    ["/fr-CA", "/fr"],
    ["/fr-CA?status=STALLED", "/fr?status=STALLED"],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(307);
    const location = new URL(response.headers()["location"], baseURL);
    expect(location.pathname + location.search, from).toBe(to);
  }
  expect((await request.get("/fr-CA/methodology")).url()).toMatch(/\/fr\/methodology$/);
});

test("the indicator's social image is described in the page's language", async ({ request }) => {
  const fixture = await createPredictionFixture("french-og");
  const { slug } = fixture.indicators[0];
  const alts = async (path: string) => {
    const html = await (await request.get(path)).text();
    const og = html.match(/<meta property="og:image:alt" content="([^"]*)"/)?.[1];
    const twitter = html.match(/<meta name="twitter:image:alt" content="([^"]*)"/)?.[1];
    // Absolute (metadataBase): only the path and query matter here.
    const content = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1].replace(/&amp;/g, "&");
    const image = content && new URL(content).pathname + new URL(content).search;
    return { og, twitter, image };
  };
  const french = await alts(`/fr/indicators/${slug}`);
  expect(french.og).toBe("Le statut actuel de l’indicateur sur Followthrough");
  expect(french.twitter).toBe(french.og);
  const english = await alts(`/indicators/${slug}`);
  expect(english.og).toBe("The indicator&#x27;s current status on Followthrough");
  // Each at its language's own address, not one that redirects there.
  expect(french.image).toBe(`/fr/indicators/${slug}/opengraph-image`);
  expect(english.image).toBe(`/indicators/${slug}/opengraph-image`);
  for (const image of [french.image, english.image]) {
    const png = await request.get(image!, { maxRedirects: 0 });
    expect(png.status(), image).toBe(200);
    expect(png.headers()["content-type"], image).toBe("image/png");
  }
  // Other pages show the site's image, described in their language too.
  expect(await alts("/fr/methodology")).toEqual({
    og: "Followthrough\u00a0: un suivi public qui vérifie si les politiques annoncées se concrétisent",
    twitter: "Followthrough\u00a0: un suivi public qui vérifie si les politiques annoncées se concrétisent",
    image: "/fr/opengraph-image",
  });
});
