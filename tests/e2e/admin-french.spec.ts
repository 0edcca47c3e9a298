// The admin in French, each editor's own choice: an editor switches to French from the header,
// sees the admin and its forms in French (Quebec typography), gets French field messages on bad
// input, finds the choice again after signing out and in, and switches back. The sign-in page has
// its own French version (?lang=fr-CA). Other editors keep English. All data is fictional.
import { expect, test } from "@playwright/test";
import {
  collectErrors,
  createMetricFixture,
  createObservationFixture,
  createPredictionFixture,
  createUser,
  expectNoSeriousA11yViolations,
  signIn,
  submitLogin,
  withDb,
} from "./support";

test("an editor switches the admin to French, keeps it across sign-ins, and switches back", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const editor = await createUser("editor", "francophone");
  const fixture = await createPredictionFixture("admin-french");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);

  // English by default; the switch names the other language in that language.
  const path = `/admin/indicators/${indicator.id}/changes/new`;
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await expect(page.getByRole("heading", { level: 1, name: "Record a status change" })).toBeVisible();
  await page.getByRole("button", { name: "Français" }).click();

  // Back on the same page, in French.
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { level: 1, name: "Consigner un changement de statut" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Prédictions et indicateurs" }),
  ).toBeVisible();
  await expect(page.getByLabel("Nouveau statut")).toBeVisible();
  await expect(page.getByRole("group", { name: "Preuve 1" })).toBeVisible();
  const stored = await withDb(async (client) => (await client.query("SELECT locale FROM users WHERE id = $1", [editor.id])).rows[0]);
  expect(stored.locale).toBe("fr-CA");

  // Bad input: French messages on their fields, Quebec typography (U+00A0 before the colon).
  await page.getByLabel("Résumé public", { exact: true }).fill("   ");
  await page.getByRole("group", { name: "Preuve 1" }).getByLabel("Adresse web").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Publier le changement de statut" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Certains champs sont à revoir\u00a0: rien n’a été enregistré.");
  await expect(page.locator("#summary-error")).toHaveText("Résumé\u00a0: ce champ est obligatoire.");
  await expect(page.locator("#evidence\\.0\\.url-error")).toHaveText(
    "Adresse de la preuve\u00a0: une adresse web complète est attendue, commençant par http:// ou https://.",
  );
  await expectNoSeriousA11yViolations(page);

  // Remembered for the account: signing out and in again brings the admin back in French.
  await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await submitLogin(page, editor.email, editor.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");

  // Another editor's admin stays in English.
  const other = await createUser("editor", "anglophone");
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage.request, other);
  await otherPage.goto("/admin");
  await expect(otherPage.locator("html")).toHaveAttribute("lang", "en-CA");
  await otherContext.close();

  // And back to English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await expect(page.getByRole("link", { name: "Predictions & indicators" })).toBeVisible();
  const audit = await withDb(
    async (client) =>
      (await client.query("SELECT before, after FROM audit_log WHERE action = 'user.locale' AND user_id = $1 ORDER BY id", [editor.id]))
        .rows,
  );
  expect(audit).toEqual([
    { before: { locale: "en-CA" }, after: { locale: "fr-CA" } },
    { before: { locale: "fr-CA" }, after: { locale: "en-CA" } },
  ]);
  expect(errors).toEqual([]);
});

test("the sign-in page has a French version, linked from the English one", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-CA");
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/login\?lang=fr-CA$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await page.getByLabel("Courriel").fill("nobody@example.org");
  await page.getByLabel("Mot de passe").fill("not the password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Ce courriel et ce mot de passe ne correspondent à aucun compte actif.");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a French admin's audit log, translation queue and indicator form are in French", async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const admin = await createUser("admin", "auditrice");
  await withDb((client) => client.query("UPDATE users SET locale = 'fr-CA' WHERE id = $1", [admin.id]));
  const fixture = await createPredictionFixture("admin-french-audit");
  const [indicator] = fixture.indicators;
  await signIn(page.request, admin);

  // The indicator's form: its labels and hint in French.
  await page.goto(`/admin/indicators/${indicator.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-CA");
  await expect(page.getByLabel("Prédiction", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Ce qui compte comme atteint", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Date cible (facultative)")).toBeVisible();

  // A form that sends a field the server does not know (opened before an update, say) is refused
  // with a reason in French, the field named.
  await page.getByLabel("Thème", { exact: true }).fill("Thème d’essai");
  await page
    .getByLabel("Thème", { exact: true })
    .evaluate((input) =>
      (input as HTMLInputElement).form!.insertAdjacentHTML("beforeend", '<input type="hidden" name="retiredField" value="x">'),
    );
  await page.getByRole("button", { name: "Enregistrer l’indicateur" }).click();
  await expect(page.getByTestId("form-message")).toContainText(
    "Ce formulaire contient des champs inconnus du serveur (retiredField); rechargez la page et réessayez.",
  );
  await page.reload();
  await page.getByLabel("Thème", { exact: true }).fill("Thème d’essai");
  await page.getByLabel("Ordre", { exact: true }).fill("7");
  await page.getByRole("button", { name: "Enregistrer l’indicateur" }).click();
  await expect(page.getByText("Indicateur enregistré.")).toBeVisible();

  // The audit log names the action and the fields it changed in French, list and entry alike.
  await page.goto("/admin/audit?entity=indicator");
  const row = page
    .getByTestId("audit-row")
    .filter({ hasText: new RegExp(`indicateur nº\u00a0${indicator.id}(?!\\d)`) })
    .first();
  await expect(row).toContainText("indicateur\u00a0: modification");
  await expect(row).toContainText("thème, ordre");
  await row.getByRole("link", { name: /^Détails/ }).click();
  await expect(page.getByTestId("audit-changed")).toHaveText("Modifié\u00a0: thème, ordre");
  await expectNoSeriousA11yViolations(page);

  // The other forms name what they save, and web addresses, in French.
  await page.goto("/admin/sources/new");
  await expect(page.getByLabel("Adresse web", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Créer la source" })).toBeVisible();
  const metric = await createMetricFixture(indicator.id, "admin-french-metric");
  await page.goto(`/admin/targets/${metric.targetId}`);
  await expect(page.getByLabel("Adresse de l’engagement", { exact: true })).toBeVisible();
  await createObservationFixture(metric.metricId, admin.id, 2023);
  await page.goto(`/admin/metrics/${metric.metricId}`);
  await expect(page.getByText(/^Consignée le /).first()).toBeVisible();

  // The translation queue names the fields still missing their French in French.
  await page.goto(`/admin/translations?kind=indicator&prediction=${fixture.predictionId}`);
  await expect(page.getByTestId("untranslated-row").first()).toContainText("manquant\u00a0: titre, critères, thème");
  expect(errors).toEqual([]);
});
