// npm run db:seed: the first prediction, from the op-ed the tracker was created from.
// Idempotent: rows are matched by their natural keys (source URL, slugs) and never overwritten,
// so running it again, or after editors have changed the rows, changes nothing.
// Everything here is derived from the article; it quotes only fragments of its one predictive
// sentence, attributed, and asserts nothing about what has happened since.
import pg from "pg";

export const seedSource = {
  title: "Canada’s Brussels meetings signal a strategic pivot from US dependence",
  author: "Andrew Latham",
  outlet: "The Hill (opinion)",
  url: "https://thehill.com/opinion/international/5633613-brussels-visit-canadian-foreign-policy",
  // The article is dated early December 2025; the day is not recorded here, so only the month is claimed.
  publishedOn: "2025-12-01",
  publishedPrecision: "MONTH",
};

export const seedPrediction = {
  slug: "canada-autonomous-actor-in-nato",
  title: "Canada becomes a more autonomous actor in NATO",
  claim:
    "If the Carney government follows through on three benchmarks (modernizing the military, participating " +
    "meaningfully in European procurement initiatives, and treating Arctic security as a transatlantic issue), " +
    "Canada “will emerge as a more autonomous and relevant actor within NATO” (Andrew Latham, The Hill).",
  horizonOn: null, // the article sets no deadline
};

export const seedIndicators = [
  {
    slug: "modernizing-the-military",
    title: "Modernizing the military",
    theme: "Military modernization",
    criteria:
      "Achieved when the government carries out the modernization of the Canadian Armed Forces that the article names " +
      "as the first condition of follow-through: modernization funded and delivered, not only announced, including in " +
      "the domains the article says Canada has underinvested in (the Arctic, the North Atlantic, space, cyber and " +
      "hybrid competition).",
  },
  {
    slug: "european-procurement-participation",
    title: "Participating meaningfully in European procurement initiatives",
    theme: "Defence procurement",
    criteria:
      "Achieved when Canada takes part “in a meaningful way” in European defence-industrial and procurement " +
      "initiatives, the opening the Canada-EU Security and Defence Partnership creates: Canadian participation in " +
      "European programmes or joint acquisitions that gives Canada procurement pathways not running exclusively " +
      "through the United States, in practice and not only on paper.",
  },
  {
    slug: "arctic-security-transatlantic",
    title: "Treating Arctic security as a transatlantic issue",
    theme: "Arctic security",
    criteria:
      "Achieved when Canada treats Arctic security “as a transatlantic, not just a continental, issue”: its Arctic " +
      "posture is built with European partners, the Nordic states in particular, rather than depending on U.S. " +
      "surveillance, infrastructure and operational capacity in the North alone.",
  },
];

/**
 * Fills an empty database with the seed prediction; returns how many rows it inserted. Once any
 * prediction exists it does nothing, so it never brings back what editors have since renamed
 * (an indicator's slug, say) nor adds to a prediction they keep. Replicas starting at once take
 * turns (an advisory lock), and the second finds the rows there.
 */
export async function seed(client) {
  let inserted = 0;
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('followthrough:seed'))");
    if (!(await isEmpty(client))) {
      await client.query("COMMIT");
      return 0;
    }
    const source = await client.query(
      `INSERT INTO sources (title, author, outlet, url, published_on, published_precision)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING RETURNING id`,
      [seedSource.title, seedSource.author, seedSource.outlet, seedSource.url, seedSource.publishedOn, seedSource.publishedPrecision],
    );
    inserted += source.rowCount;
    const {
      rows: [{ id: sourceId }],
    } = await client.query("SELECT id FROM sources WHERE url = $1", [seedSource.url]);

    const prediction = await client.query(
      `INSERT INTO predictions (slug, title, claim, source_id, horizon_on, position)
       VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [seedPrediction.slug, seedPrediction.title, seedPrediction.claim, sourceId, seedPrediction.horizonOn],
    );
    inserted += prediction.rowCount;
    const {
      rows: [{ id: predictionId }],
    } = await client.query("SELECT id FROM predictions WHERE slug = $1", [seedPrediction.slug]);

    for (const [position, indicator] of seedIndicators.entries()) {
      const result = await client.query(
        `INSERT INTO indicators (prediction_id, slug, title, criteria, theme, position)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (slug) DO NOTHING`,
        [predictionId, indicator.slug, indicator.title, indicator.criteria, indicator.theme, position],
      );
      inserted += result.rowCount;
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return inserted;
}

/** True when nothing editorial exists yet (no source, prediction or indicator): the seed fills only such a database. */
export async function isEmpty(client) {
  const { rows } = await client.query(
    "SELECT NOT EXISTS (SELECT 1 FROM predictions) AND NOT EXISTS (SELECT 1 FROM sources) AND NOT EXISTS (SELECT 1 FROM indicators) AS empty",
  );
  return rows[0].empty;
}

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { runWithDatabase } = await import("../server/database/database.mjs");
  const { applyMigrations } = await import("../server/database/migrations.mjs");
  await runWithDatabase(async (url) => {
    await applyMigrations(url);
    const inserted = await withClient(url, seed);
    console.log(inserted ? `Seeded ${inserted} row(s).` : "Seed data already present; nothing to do.");
  });
}
