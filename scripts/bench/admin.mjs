// The admin at scale: the HTML size and load time of every admin page, signed in, on a data set.
// Used by run.mjs (measureAdminPages) and runnable on its own against the large set:
//
//   node scripts/bench/admin.mjs            on a copy of the large set (needs a production build: npx next build)
//   node scripts/bench/admin.mjs --seed     on the seed data instead
//
// Admin pages are rendered for each request (no cache), so each is timed as an editor waits for it:
// one warm-up, then the median and the slowest of RUNS requests, whole body read.
import { pathToFileURL } from "node:url";
import { median, recordChange, signInBenchAdmin, withClient } from "./lib.mjs";

const RUNS = 5;
// The audit log's page size (lib/writes/audit.ts): the log is filled to one page before it is measured.
const AUDIT_PAGE_SIZE = 50;
// A summary of a few sentences (about 600 characters), as editors write them.
const SUMMARY = (
  "Benchmark admin probe: the department published its procurement timeline and the first contract award, " +
  "which moves this indicator along; the award notice and the minister's statement are the evidence. "
).repeat(3);

/** The admin pages to measure, with ids taken from the data set (its busiest indicator). */
async function adminRoutes(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const one = async (sql, params = []) => (await client.query(sql, params)).rows[0] ?? {};
    const busiest = await one(
      "SELECT i.id, i.prediction_id FROM indicators i ORDER BY (SELECT count(*) FROM status_changes s WHERE s.indicator_id = i.id) DESC, i.id LIMIT 1",
    );
    // The newest entry that can still be corrected or retracted.
    const change = await one(
      `SELECT s.id FROM status_changes s WHERE s.indicator_id = $1 AND s.retracted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM status_changes c WHERE c.corrects_id = s.id AND c.retracted_at IS NULL)
       ORDER BY s.effective_on DESC, s.id DESC LIMIT 1`,
      [busiest.id],
    );
    const source = await one("SELECT source_id AS id FROM predictions WHERE id = $1", [busiest.prediction_id]);
    const audit = await one("SELECT max(id) AS id FROM audit_log");
    return [
      ["Indicators, first page", "/admin"],
      ["Indicators, search, deep page", "/admin?q=indicator&page=15"],
      ["Indicators, by prediction and status", `/admin?prediction=${busiest.prediction_id}&status=IN_PROGRESS`],
      ["Predictions, first page", "/admin/predictions"],
      ["Predictions, search, page 2", "/admin/predictions?q=prediction&page=2"],
      ["Edit prediction", `/admin/predictions/${busiest.prediction_id}`],
      ["New prediction", "/admin/predictions/new"],
      ["Indicator (busiest), newest changes", `/admin/indicators/${busiest.id}`],
      ["Indicator (busiest), deep page of changes", `/admin/indicators/${busiest.id}?page=30`],
      ["New indicator", "/admin/indicators/new"],
      ["Record a status change", `/admin/indicators/${busiest.id}/changes/new`],
      ["Correct a change", `/admin/changes/${change.id}/correct`],
      ["Retract a change", `/admin/changes/${change.id}/retract`],
      ["Sources, first page", "/admin/sources"],
      ["Sources, page 2", "/admin/sources?page=2"],
      ["Edit source", `/admin/sources/${source.id}`],
      ["Users", "/admin/users"],
      ["Audit log", "/admin/audit"],
      ["Audit entry (newest)", `/admin/audit/${audit.id}`],
      // The untranslated queue (issue 12): on the large set, every generated entry lacks its French.
      ["Translations queue, first page", "/admin/translations"],
      ["Translations queue, status changes, deep page", "/admin/translations?kind=status_change&page=200"],
      ["Translations queue, one prediction", `/admin/translations?prediction=${busiest.prediction_id}`],
    ];
  });
}

/**
 * Every admin page: status, HTML bytes, median and slowest load time. Signs in as an admin (who
 * sees every page, and more on each than an editor: retract links). The generated set has no audit
 * rows, so first it records status changes through the real action until the log fills a page.
 */
export async function measureAdminPages(base, databaseUrl) {
  const cookie = await signInBenchAdmin(base, databaseUrl);
  const { audited, indicatorId } = await withClient(databaseUrl, async (client) => ({
    audited: (await client.query("SELECT count(*)::int AS n FROM audit_log")).rows[0].n,
    indicatorId: (await client.query("SELECT id FROM indicators ORDER BY id LIMIT 1")).rows[0].id,
  }));
  for (let i = audited; i < AUDIT_PAGE_SIZE; i++) await recordChange(base, cookie, databaseUrl, indicatorId, `${SUMMARY}(${i})`);
  const pages = [];
  for (const [label, path] of await adminRoutes(databaseUrl)) {
    const get = async () => {
      const started = performance.now();
      const response = await fetch(base + path, { headers: { Cookie: cookie }, redirect: "manual" });
      const body = await response.arrayBuffer();
      return { status: response.status, bytes: body.byteLength, ms: performance.now() - started };
    };
    await get();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await get());
    pages.push({
      label,
      path,
      status: runs[0].status,
      htmlBytes: Math.max(...runs.map((run) => run.bytes)),
      medianMs: Math.round(median(runs.map((run) => run.ms))),
      maxMs: Math.round(Math.max(...runs.map((run) => run.ms))),
    });
  }
  return pages;
}

// On its own: a copy of the large data set (or the seed), the built app on it, the measurements.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { createLargeDatabase, createSeedDatabase, startApp, startPostgres } = await import("./lib.mjs");
  const { adminPageMet, adminPagesTable } = await import("./report.mjs");
  const postgres = await startPostgres();
  try {
    const database = process.argv.includes("--seed")
      ? await createSeedDatabase(postgres.adminUrl)
      : await createLargeDatabase(postgres.adminUrl, console.log);
    try {
      const app = await startApp(database.url);
      try {
        const pages = await measureAdminPages(app.base, database.url);
        console.log(`\nAdmin pages on ${database.name} (${postgres.description}):\n`);
        console.log(adminPagesTable(pages));
        process.exitCode = pages.every(adminPageMet) ? 0 : 1;
      } finally {
        await app.stop();
      }
    } finally {
      await database.drop();
    }
  } finally {
    await postgres.stop();
  }
}
