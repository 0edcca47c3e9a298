import { expect, test } from "@playwright/test";
import { collectErrors, expectNoSeriousA11yViolations } from "./support";

const indicatorTitles = [
  "Modernizing the military",
  "Participating meaningfully in European procurement initiatives",
  "Treating Arctic security as a transatlantic issue",
];

test("the board shows the seed prediction, its verdict and its three indicators", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1, name: "Status board" })).toBeVisible();
  const prediction = page.getByRole("region", { name: "Canada becomes a more autonomous actor in NATO" });
  await expect(prediction).toBeVisible();
  await expect(prediction.locator("[data-verdict]")).toHaveText("Not yet rated");

  const cards = prediction.getByTestId("indicator-card");
  await expect(cards).toHaveCount(3);
  for (const [index, title] of indicatorTitles.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole("heading", { level: 3 })).toHaveText(title);
    await expect(card.locator("[data-status]")).toHaveText("Not yet rated");
    await expect(card).toContainText("What counts as achieved");
    await expect(card).toContainText(/since \w+ \d{1,2}, \d{4}/);
  }

  // The counts cover every indicator tracked. Tests running alongside add predictions of their
  // own, perhaps between reading the board and the API: compare the two until a quiet moment.
  await expect
    .poll(async () => {
      await page.reload();
      const counts = await page.locator("[data-testid^='count-']:not([data-testid='count-overdue'])").allTextContents();
      const { data: allIndicators } = await (await page.request.get("/api/v1/indicators")).json();
      return counts.map(Number).reduce((a, b) => a + b, 0) - allIndicators.length;
    })
    .toBe(0);
  await expect(page.getByTestId("freshness")).toContainText("Reflects changes up to");
  const sourceLink = prediction.getByRole("link", { name: /Canada’s Brussels meetings signal a strategic pivot/ });
  await expect(sourceLink).toHaveAttribute(
    "href",
    "https://thehill.com/opinion/international/5633613-brussels-visit-canadian-foreign-policy",
  );
  expect(errors).toEqual([]);
});

test("/methodology is reachable from the board and explains statuses and the verdict rule", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
  for (const label of ["Not yet rated", "In progress", "Stalled", "Partially achieved", "Achieved", "Abandoned"]) {
    await expect(page.locator("#statuses ~ dl [data-status]").filter({ hasText: new RegExp(`^${label}$`) })).toHaveCount(1);
  }
  await expect(page.getByRole("heading", { name: "Overdue" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /The verdict/ })).toBeVisible();
  await expect(page.getByText("Corrections in public.")).toBeVisible();
  expect(errors).toEqual([]);
});

test("the board can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Followthrough" })).toBeFocused();
  await page.keyboard.press("Tab"); // Status board
  await page.keyboard.press("Tab"); // Open data
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Methodology" }).first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/methodology$/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations on / and /methodology (${colorScheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    for (const path of ["/", "/methodology"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  });
}

test("fits a 360 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    "/",
    "/methodology",
    "/data",
    "/indicators/modernizing-the-military",
    "/predictions/canada-autonomous-actor-in-nato",
    "/?order=recent",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("/api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
