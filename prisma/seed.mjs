// npm run db:seed: the first prediction, from the op-ed the tracker was created from, and the
// metrics of its first indicator ("Modernizing the military"), each target citing its declaration.
// Idempotent: rows are matched by their natural keys (source URL, slugs) and never overwritten,
// so running it again, or after editors have changed the rows, changes nothing.
// Everything here is derived from the article and from the NATO declarations the targets cite; it
// quotes only fragments of the article's one predictive sentence, attributed, asserts nothing
// about what has happened since, and records no values: editors record them with evidence.
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

// The declarations the targets cite: NATO's official texts, by the date they were adopted.
const wales = {
  commitmentTitle: "Wales Summit Declaration, paragraph 14",
  commitmentUrl: "https://www.nato.int/cps/en/natohq/official_texts_112964.htm",
  committedOn: "2014-09-05",
};
const vilnius = {
  commitmentTitle: "Vilnius Summit Communiqué",
  commitmentUrl: "https://www.nato.int/cps/en/natohq/official_texts_217320.htm",
  committedOn: "2023-07-11",
};
const theHague = {
  commitmentTitle: "The Hague Summit Declaration",
  commitmentUrl: "https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
  committedOn: "2025-06-25",
};

/** The indicator that carries the seed's metrics (its slug when seeded; editors may rename it since). */
export const seedMetricsIndicatorSlug = "modernizing-the-military";

/**
 * Measured progress for "Modernizing the military": what NATO's allies committed to spend, as three
 * metrics that are never mixed. The definitions are the project's own words; no value is seeded.
 */
export const seedMetrics = [
  {
    slug: "defence-expenditure-share-of-gdp",
    title: "Defence expenditure, share of GDP (NATO definition)",
    definition:
      "What is counted: Canada's defence expenditure as NATO defines it, as a share of Canada's gross domestic product. NATO's " +
      "definition is the one all Allies report against: payments a national government makes specifically to meet the needs of " +
      "its armed forces, those of Allies or of the Alliance. By whom: NATO, in its annual report on the defence expenditure of " +
      "NATO countries, compiled from the figures each Ally's defence ministry reports; NATO marks its latest figures as estimates " +
      "and revises earlier ones in later reports. How: editors record the value NATO publishes, for the period NATO gives, with " +
      "that report as evidence; an estimate is marked as one, and a figure NATO later revises is recorded as a revision with a " +
      "note. Nothing outside NATO's definition is counted here: the defence- and security-related spending that The Hague Summit " +
      "Declaration lets Allies count towards its 5% of GDP is the separate metric “Defence- and security-related spending, share " +
      "of GDP”, never added to this figure. Targets: the Vilnius Summit Communiqué (11 July 2023) made investing at least 2% of " +
      "GDP annually an enduring commitment. This project dates that target 31 December 2024: the end of the decade within which " +
      "the Wales Summit Declaration (2014) asked Allies below 2% to move towards it, and the first full year after Vilnius. Being " +
      "annual, it holds for every year from then on, so a later year below 2% falls short of it. The Hague Summit Declaration " +
      "(25 June 2025) commits Allies to at least 3.5% of GDP annually on core defence requirements, as NATO defines defence " +
      "expenditure, by 2035.",
    unit: "% of GDP",
    unitKind: "PERCENT",
    decimals: 1,
    direction: "HIGHER",
    targets: [
      { value: "2", dueOn: "2024-12-31", label: "At least 2% of GDP annually, every year from 2024", ...vilnius },
      { value: "3.5", dueOn: "2035-12-31", label: "At least 3.5% of GDP annually on core defence by 2035", ...theHague },
    ],
  },
  {
    slug: "defence-and-security-related-spending-share-of-gdp",
    title: "Defence- and security-related spending, share of GDP",
    definition:
      "What is counted: the defence- and security-related spending that The Hague Summit Declaration (25 June 2025) lets Allies " +
      "count towards its commitment of 5% of GDP annually by 2035, as a share of Canada's gross domestic product: up to 1.5% of " +
      "GDP, to, among other things, protect critical infrastructure, defend networks, ensure civil preparedness and resilience, " +
      "unleash innovation and strengthen the defence industrial base. This spending falls outside NATO's definition of defence " +
      "expenditure, so it is never part of the metric “Defence expenditure, share of GDP (NATO definition)”, and that metric's " +
      "figures never include it. The declaration's 5% is the sum of the two metrics for the same period: this tracker shows them " +
      "apart, never as one mixed figure. By whom and how: editors record the share the Government of Canada or NATO publishes " +
      "for this category, for the period it gives, with that publication as evidence; nothing is inferred or estimated here. " +
      "Target: up to 1.5% of GDP annually by 2035 (The Hague Summit Declaration), the part of the 5% beside at least 3.5% of " +
      "core defence expenditure.",
    unit: "% of GDP",
    unitKind: "PERCENT",
    decimals: 1,
    direction: "HIGHER",
    targets: [{ value: "1.5", dueOn: "2035-12-31", label: "Up to 1.5% of GDP annually by 2035, towards the 5% total", ...theHague }],
  },
  {
    slug: "major-equipment-share-of-defence-expenditure",
    title: "Major equipment, share of defence expenditure",
    definition:
      "What is counted: the share of Canada's defence expenditure (NATO definition) spent on major equipment, including the " +
      "research and development devoted to it. By whom: NATO, in its annual report on the defence expenditure of NATO countries, " +
      "which breaks each Ally's defence expenditure down by category from the figures its defence ministry reports; the latest " +
      "figures are estimates. How: editors record the share NATO publishes, for the period NATO gives, with that report as " +
      "evidence; an estimate is marked as one, and a figure NATO later revises is recorded as a revision with a note. Target: in " +
      "the Wales Summit Declaration (5 September 2014, paragraph 14), Allies spending less than 20% of their annual defence " +
      "spending on major new equipment, including related research and development, aimed to increase it to 20% or more of " +
      "total defence expenditure within a decade; this project dates the target 31 December 2024, a decade on.",
    unit: "% of defence expenditure",
    unitKind: "PERCENT",
    decimals: 1,
    direction: "HIGHER",
    targets: [{ value: "20", dueOn: "2024-12-31", label: "20% of defence expenditure on major equipment within a decade", ...wales }],
  },
];

/**
 * Fills the database with what it lacks of the seed; returns how many rows it inserted (audit rows
 * not counted). Two parts, each done at most once per database:
 *  - the first prediction, its source and its indicators, into an empty database only: once any
 *    prediction exists it does nothing, so it never brings back what editors have since renamed
 *    (an indicator's slug, say) nor adds to a prediction they keep;
 *  - the metrics of "Modernizing the military" and their targets, when that indicator of the seed
 *    prediction (found by its seeded slug, or a slug it had before editors renamed it) has no
 *    metric at all: a database seeded before metrics existed gets them on its next start. Metrics
 *    are never deleted, so once the indicator has one this does nothing again, and never touches
 *    what editors have changed since.
 * Replicas starting at once take turns (an advisory lock), and the second finds the rows there.
 */
export async function seed(client) {
  let inserted = 0;
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('followthrough:seed'))");
    if (await isEmpty(client)) inserted += await seedFirstPrediction(client);
    inserted += await seedIndicatorMetrics(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return inserted;
}

async function seedFirstPrediction(client) {
  let inserted = 0;
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
  return inserted;
}

async function seedIndicatorMetrics(client) {
  const { rows } = await client.query(
    `SELECT i.id FROM indicators i
       JOIN predictions p ON p.id = i.prediction_id
       JOIN sources s ON s.id = p.source_id
      WHERE s.url = $1
        AND (i.slug = $2 OR i.id IN (SELECT target_id FROM slug_redirects WHERE kind = 'indicator' AND slug = $2))
        AND NOT EXISTS (SELECT 1 FROM metrics m WHERE m.indicator_id = i.id)
      ORDER BY i.id LIMIT 1`,
    [seedSource.url, seedMetricsIndicatorSlug],
  );
  if (rows.length === 0) return 0;
  const indicatorId = rows[0].id;
  let inserted = 0;
  for (const [position, { targets, ...metric }] of seedMetrics.entries()) {
    const {
      rows: [row],
    } = await client.query({
      text: `INSERT INTO metrics (indicator_id, slug, title, definition, unit, unit_kind, decimals, direction, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      values: [
        indicatorId,
        metric.slug,
        metric.title,
        metric.definition,
        metric.unit,
        metric.unitKind,
        metric.decimals,
        metric.direction,
        position,
      ],
      types: AS_PRISMA_WRITES_JSON,
    });
    await auditSeedWrite(client, "metric.create", "metric", row);
    inserted++;
    for (const target of targets) {
      const {
        rows: [targetRow],
      } = await client.query({
        text: `INSERT INTO metric_targets (metric_id, value, due_on, label, commitment_title, commitment_url, committed_on)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        values: [row.id, target.value, target.dueOn, target.label, target.commitmentTitle, target.commitmentUrl, target.committedOn],
        types: AS_PRISMA_WRITES_JSON,
      });
      await auditSeedWrite(client, "metric_target.create", "metric_target", targetRow);
      inserted++;
    }
  }
  return inserted;
}

// The seed's audit rows hold the record as the app's own writes do (lib/writes/audit.ts, from
// Prisma's records): camelCase fields, dates as ISO strings, decimals as plain numbers in text.
const PG_NUMERIC = 1700;
const PG_DATE = 1082;
const AS_PRISMA_WRITES_JSON = {
  getTypeParser(oid, format) {
    if (oid === PG_NUMERIC) return (text) => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);
    if (oid === PG_DATE) return (text) => `${text}T00:00:00.000Z`;
    return pg.types.getTypeParser(oid, format);
  },
};
const camelCase = (row) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), value]));

/** An audit row of a seed write: no user (written at first run, as the admin bootstrap's are). */
function auditSeedWrite(client, action, entityType, row) {
  return client.query(`INSERT INTO audit_log (user_id, action, entity_type, entity_id, after) VALUES (NULL, $1, $2, $3, $4)`, [
    action,
    entityType,
    String(row.id),
    JSON.stringify(camelCase(row)),
  ]);
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
