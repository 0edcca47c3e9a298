// Text an editor may type, at the longest the forms allow and without a single break opportunity
// (a pasted URL, a long compound word), must not widen the public pages past a 360 px phone.
import { expect, test } from "@playwright/test";
import { createPredictionFixture, createUser, invalidatePublicCaches, unique, withDb } from "./support";

test("the longest unbroken editor text stays within a 360 px phone on the board, indicator and prediction pages", async ({ page }) => {
  const author = await createUser("editor", "long-text");
  const fixture = await createPredictionFixture("long-text");
  const [indicator] = fixture.indicators;
  const word = (length: number) => `${unique("w").replace(/[^a-z0-9]/g, "")}${"x".repeat(length)}`.slice(0, length);
  await withDb(async (client) => {
    await client.query("UPDATE predictions SET title = $1, claim = $2 WHERE id = $3", [word(200), word(2000), fixture.predictionId]);
    await client.query("UPDATE sources SET title = $1, author = $2, outlet = $3 WHERE id = $4", [
      word(300),
      word(200),
      word(200),
      fixture.sourceId,
    ]);
    await client.query("UPDATE indicators SET title = $1, criteria = $2, theme = $3 WHERE id = $4", [
      word(200),
      word(4000),
      word(80),
      indicator.id,
    ]);
    const { rows } = await client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
       VALUES ($1, 'NOT_YET_RATED', 'STALLED', '2026-01-01', $2, $3) RETURNING id`,
      [indicator.id, word(4000), author.id],
    );
    await client.query(
      `INSERT INTO evidence (status_change_id, url, title, publisher, published_on, quote, kind) VALUES ($1, $2, $3, $4, '2026-01-01', $5, 'NEWS')`,
      [rows[0].id, `https://example.org/${word(1900)}`, word(300), word(200), word(600)],
    );
  });
  await invalidatePublicCaches();

  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [`/?prediction=${fixture.slug}`, `/indicators/${indicator.slug}`, `/predictions/${fixture.slug}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => ({
      by: document.documentElement.scrollWidth - window.innerWidth,
      // What sticks out, to say where the fix belongs.
      widest: [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`),
    }));
    expect(overflow.by, `${path}: ${overflow.widest.join(", ")}`).toBeLessThanOrEqual(0);
  }
});
