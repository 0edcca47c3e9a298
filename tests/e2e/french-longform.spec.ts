import { expect, test, type Page } from "@playwright/test";
import { collectErrors, expectNoSeriousA11yViolations } from "./support";

// Issue 12: the methodology and the open-data documentation read in French at /fr/…, declare their
// language and their English twins, and lead back to them.

const pages = [
  { fr: "/fr/methodology", en: "/methodology", heading: "Méthodologie", title: /^Méthodologie/ },
  { fr: "/fr/data", en: "/data", heading: "Données ouvertes", title: /^Données ouvertes/ },
];

/** A message key that failed to format shows as "namespace.key": none may reach the page. */
async function expectNoMissingMessages(page: Page) {
  expect(await page.locator("main").innerText()).not.toMatch(/\b(methodology|data|labels)\.[a-zA-Z]+(\.[a-zA-Z]+)*\b/);
}

for (const { fr, en, heading, title } of pages) {
  test(`${fr} is in French, with its language, its alternates and a way back to ${en}`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(fr);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveTitle(title);
    await expectNoMissingMessages(page);

    const alternate = (hreflang: string) => page.locator(`head link[rel="alternate"][hreflang="${hreflang}"]`);
    await expect(alternate("en-CA")).toHaveAttribute("href", new RegExp(`${en}$`));
    await expect(alternate("fr-CA")).toHaveAttribute("href", new RegExp(`${fr}$`));
    await expect(alternate("x-default")).toHaveAttribute("href", new RegExp(`${en}$`));

    const toEnglish = page.getByRole("link", { name: "English" });
    await expect(toEnglish).toHaveAttribute("href", en);
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`${en}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
    await expectNoMissingMessages(page);
    expect(errors).toEqual([]);
  });
}

test("/fr/methodology gives the definitions, the verdict rule and the pace rule in French, typeset for Quebec", async ({ page }) => {
  await page.goto("/fr/methodology");
  await expect(page.getByRole("heading", { name: "Les six statuts" })).toBeVisible();
  await expect(page.getByText("Les critères, tels qu’ils ont été fixés au début du suivi, ont été remplis.")).toBeVisible();
  expect(await page.locator("#verdict").innerText()).toBe("Le verdict\u00a0: quand une prédiction devient vérifiable");
  expect(await page.locator("#verdict ~ ol li").first().innerText()).toMatch(/Chaque indicateur est Atteint\u00a0: les conditions/);
  await expect(page.getByRole("term").filter({ hasText: /^Réalisé$/ })).toBeVisible();
  await expect(page.getByTestId("pace-rule").getByRole("listitem").first()).toContainText(
    "Le rythme est calculé à partir des seules valeurs réalisées",
  );
  // Emphasis inside a sentence keeps the words around it apart.
  const corrections = await page.getByRole("listitem").filter({ hasText: "Des corrections publiques." }).innerText();
  expect(corrections).toContain("le statut de départ affiché pour chaque entrée");
  expect(await page.locator("main").innerText()).not.toMatch(/ [:;?!»]|« /); // no ordinary space where a non-breaking one belongs
});

test("/fr/data documents the French fields, the French columns and the feeds per language", async ({ page }) => {
  await page.goto("/fr/data");
  await expect(page.getByRole("columnheader", { name: "Description" }).first()).toBeVisible();
  for (const field of [
    "title_fr",
    "claim_fr",
    "criteria_fr",
    "theme_fr",
    "summary_fr",
    "evidence[].title_fr",
    "definition_fr",
    "unit_fr",
    "note_fr",
  ]) {
    await expect(page.getByRole("cell", { name: field, exact: true }).first(), field).toBeVisible();
  }
  await expect(page.getByText("summary_fr, correction_note_fr, retraction_note_fr")).toBeVisible();
  const feeds = page.locator("#feeds ~ ul");
  for (const href of ["/fr/feed.xml", "/fr/feed.atom", "/fr/feed.json", "/feed.xml", "/feed.atom", "/feed.json"]) {
    await expect(feeds.locator(`a[href="${href}"]`), href).toHaveCount(1);
  }
  await expect(feeds).toContainText("/fr/predictions/<slug>/feed.xml");
  await expect(feeds).toContainText("/fr/indicators/<slug>/feed.atom");
  await expect(feeds).toContainText("xml:lang");
  // Numbers and dates in French: 1,4 %, "décembre 2025", "de 1 à 200".
  await expect(feeds).toContainText("1,4\u00a0% → 2,0\u00a0% du PIB");
  await expect(page.getByText("se lit décembre 2025", { exact: false })).toBeVisible();
  await expect(page.getByText("de 1 à 200, 50 par défaut", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Méthodologie" }).last()).toHaveAttribute("href", /^\/fr\/methodology/);
});

test("/data in English documents the French fields too, without changing its English", async ({ page }) => {
  await page.goto("/data");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await expect(page.getByRole("cell", { name: "claim_fr", exact: true })).toBeVisible();
  await expect(page.getByText("Short name of the prediction.")).toBeVisible();
  await expect(page.getByText("with MONTH, 2025-12-01 reads as December 2025", { exact: false })).toBeVisible();
  await expect(page.locator("#feeds ~ ul")).toContainText("1.4% → 2.0% of GDP");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`/fr/methodology and /fr/data have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    for (const { fr } of pages) {
      await page.goto(fr);
      await expectNoSeriousA11yViolations(page);
    }
  });
}
