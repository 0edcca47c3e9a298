import { expect, test } from "@playwright/test";

// Issue 9, finding 12: a line break before an inline element in JSX dropped the space ("changingfrom").
test("the methodology reads as written: words around inline emphasis keep their spaces", async ({ page }) => {
  await page.goto("/methodology");
  const principle = await page.getByRole("listitem").filter({ hasText: "Corrections in public." }).innerText();
  expect(principle).toContain("the status each entry is shown changing from is the status");
});
