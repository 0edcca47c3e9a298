// npm run bench: how fast and how fresh the production build is, on the seed data and on a large
// generated set (50 predictions, 1,000 indicators, 1,000,000 status changes with evidence, and a
// metric of 10,000 daily values on one indicator).
// Everything is measured in one run on this machine and reported as ratios to a static file
// served by the same server; results go to docs/performance.json and docs/performance.md.
//
//   npm run bench                     full run (about 10 minutes, plus a few once to generate the set)
//   npm run bench -- --duration 3     shorter load runs
//   npm run bench -- --only seed      one data set
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../../server/database/database.mjs";
import {
  createLargeDatabase,
  createSeedDatabase,
  downloadCsv,
  load,
  loadGenerator,
  machineDescription,
  median,
  recordChange,
  rssBytes,
  sendAttacks,
  signInBenchAdmin,
  sleep,
  startApp,
  startBareServer,
  startPostgres,
  withClient,
  withPeakRss,
} from "./lib.mjs";
import { nginxBinary, startNginx } from "./nginx.mjs";
import { measureAdminPages } from "./admin.mjs";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    only: { type: "string" },
    "skip-build": { type: "boolean", default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const log = (line) => console.log(line);

if (!args["skip-build"] || !existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
  log("Building the production app…");
  const build = spawnSync("npx", ["next", "build"], { cwd: projectRoot, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const postgres = await startPostgres();
log(`Database: ${postgres.description}`);
const results = {
  startedAt: new Date().toISOString(),
  machine: { ...machineDescription(), database: postgres.description },
  settings: { connections, durationSeconds: duration, loadGenerator: loadGenerator() },
  datasets: [],
};

const ROUTES = ({ indicatorSlug, metricIndicatorSlug }) => [
  ["static file", "/robots.txt"],
  ["board /", "/"],
  ["indicator page", `/indicators/${indicatorSlug}`],
  ...(metricIndicatorSlug ? [[METRIC_PAGE, `/indicators/${metricIndicatorSlug}`]] : []),
  ["/feed.xml", "/feed.xml"],
  ["/api/v1/status-changes", "/api/v1/status-changes"],
  // The French versions (issue 12): their own URLs, cached on their own.
  ["board /fr (French)", "/fr"],
  ["indicator page (French)", `/fr/indicators/${indicatorSlug}`],
  ["/fr/feed.xml (French)", "/fr/feed.xml"],
];
const METRIC_PAGE = "indicator page with a metric";

// Rendered again after each save, the uncached cost of each (report.mjs names them).
// The indicator page without a metric is the baseline of the one with a metric.
const UNCACHED = ({ indicatorSlug, metricIndicatorSlug }) => [
  ["board", "/"],
  ["feed", "/feed.xml"],
  ["indicatorPage", `/indicators/${indicatorSlug}`],
  ...(metricIndicatorSlug ? [["metricPage", `/indicators/${metricIndicatorSlug}`]] : []),
  ["boardFrench", "/fr"],
  ["indicatorPageFrench", `/fr/indicators/${indicatorSlug}`],
];

async function measureDataset(name, database) {
  log(`\n== ${name} ==`);
  const app = await startApp(database.url);
  const dataset = { name, counts: database.counts, routes: [], nginx: null };
  try {
    // The app's memory is sampled through everything below: load, renders, the full CSV export,
    // the hostile requests, the admin pages and nginx's runs.
    const { peakRssBytes } = await withPeakRss(app.pid, () => measureWithApp(app, database, dataset));
    dataset.peakRssMiB = Math.round(peakRssBytes / 2 ** 20);
  } finally {
    await app.stop();
  }
  return dataset;
}

async function measureWithApp(app, database, dataset) {
  // The indicator page under load is the one with the longest history among those without a
  // metric; the indicator page with a metric is the one whose metric has the most values (on the
  // seed data, "Modernizing the military": three metrics, no values). The freshness probe writes
  // to the first indicator of the board's first page, where the change must show.
  const { indicatorId, indicatorSlug, metricIndicatorSlug } = await withClient(database.url, async (client) => {
    const {
      rows: [busiest],
    } = await client.query(
      `SELECT slug FROM indicators WHERE NOT EXISTS (SELECT 1 FROM metrics m WHERE m.indicator_id = indicators.id)
        ORDER BY (SELECT count(*) FROM status_changes s WHERE s.indicator_id = indicators.id) DESC, id LIMIT 1`,
    );
    const {
      rows: [measured],
    } = await client.query(
      `SELECT i.slug FROM metrics m JOIN indicators i ON i.id = m.indicator_id
        ORDER BY (SELECT count(*) FROM observations o WHERE o.metric_id = m.id) DESC, m.id LIMIT 1`,
    );
    const {
      rows: [first],
    } = await client.query(
      "SELECT i.id FROM indicators i JOIN predictions p ON p.id = i.prediction_id ORDER BY p.position, p.id, i.position, i.id LIMIT 1",
    );
    return { indicatorId: first.id, indicatorSlug: busiest.slug, metricIndicatorSlug: measured?.slug ?? null };
  });
  dataset.pages = {
    indicator: `/indicators/${indicatorSlug}`,
    metricIndicator: metricIndicatorSlug && `/indicators/${metricIndicatorSlug}`,
  };
  // A second reference: the app's stylesheet, a static file of about a page's size, served by
  // the same server from the same cache.
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await fetch(app.base + "/")).text())?.[1];
  const routes = ROUTES({ indicatorSlug, metricIndicatorSlug });
  if (stylesheet) routes.splice(1, 0, ["static asset (stylesheet)", stylesheet]);
  for (const [, route] of routes) for (let i = 0; i < 3; i++) await fetch(app.base + route).then((r) => r.arrayBuffer());

  // Throughput and latency, cached.
  const runs = [];
  for (const [label, route] of routes) {
    log(`  load ${label} (${connections} connections, ${duration} s, ${loadGenerator()})…`);
    runs.push({ label, ...(await load(app.base + route, { connections, duration })) });
  }
  const ceiling = runs[0].requestsPerSecond;
  const asset = runs.find((run) => run.label.startsWith("static asset"))?.requestsPerSecond;

  // The control: a bare Node.js server replaying each route's response byte for byte, under
  // the same load, on the same machine (scripts/bench/bare-server.mjs).
  const bare = await startBareServer();
  try {
    for (const run of runs) {
      log(`  load bare Node.js server replaying ${run.label}…`);
      run.sameBytes = await load(await bare.replay(run.url), { connections, duration });
    }
  } finally {
    await bare.stop();
  }
  dataset.routes = runs.map((run) => ({
    ...run,
    ratioToStatic: Number((run.requestsPerSecond / ceiling).toFixed(2)),
    ratioToAsset: asset ? Number((run.requestsPerSecond / asset).toFixed(2)) : null,
    ratioToSameBytes: Number((run.requestsPerSecond / run.sameBytes.requestsPerSecond).toFixed(2)),
  }));

  // Freshness: from a saved change (the action's answer) to its appearance on the board and in /feed.xml.
  const cookie = await signInBenchAdmin(app.base, database.url);
  const freshness = { board: [], feed: [] };
  for (let i = 0; i < 5; i++) {
    const summary = `Benchmark freshness probe ${Date.now()}-${i}`;
    await recordChange(app.base, cookie, database.url, indicatorId, summary);
    const saved = performance.now();
    // The board shows when each indicator last changed; the feed shows the summary.
    const lastChange = await withClient(
      database.url,
      async (client) => (await client.query("SELECT last_change_at FROM indicators WHERE id = $1", [indicatorId])).rows[0].last_change_at,
    );
    const signs = { board: `dateTime="${lastChange.toISOString()}"`, feed: summary };
    for (const [key, route] of [
      ["board", "/"],
      ["feed", "/feed.xml"],
    ]) {
      for (;;) {
        const body = await (await fetch(app.base + route)).text();
        if (body.includes(signs[key])) {
          freshness[key].push(performance.now() - saved);
          break;
        }
        if (performance.now() - saved > 30_000) throw new Error(`${route} did not show the change within 30 s`);
        await sleep(10);
      }
    }
  }
  // Uncached cost: a save drops every cached page, so the next request of each renders from the
  // database. Measured a moment after each save (its own work done), 15 times, as the client sees it.
  const probes = UNCACHED({ indicatorSlug, metricIndicatorSlug });
  const uncached = Object.fromEntries(probes.map(([key]) => [key, []]));
  for (let i = 0; i < 15; i++) {
    await recordChange(app.base, cookie, database.url, indicatorId, `Benchmark render probe ${Date.now()}-${i}`);
    await sleep(250);
    for (const [key, route] of probes) {
      const started = performance.now();
      const response = await fetch(app.base + route);
      await response.text();
      if (response.headers.get("x-cache") !== "MISS")
        throw new Error(`${route} was not rendered after a save (X-Cache: ${response.headers.get("x-cache")})`);
      uncached[key].push(performance.now() - started);
    }
  }
  const stats = (list) => ({ medianMs: Math.round(median(list)), maxMs: Math.round(Math.max(...list)), samples: list.length });
  dataset.freshness = { board: stats(freshness.board), feed: stats(freshness.feed) };
  dataset.uncachedRender = Object.fromEntries(Object.entries(uncached).map(([key, list]) => [key, stats(list)]));

  // Every admin page, signed in: HTML size and load time (scripts/bench/admin.mjs).
  log("  admin pages…");
  dataset.admin = await measureAdminPages(app.base, database.url);

  // EXPLAIN (ANALYZE) of the board's and the feeds' queries, and of the metrics' reads of the
  // indicator page with a metric.
  const predictionSlug = await withClient(
    database.url,
    async (client) =>
      (
        await client.query("SELECT p.slug FROM predictions p JOIN indicators i ON i.prediction_id = p.id WHERE i.slug = $1", [
          indicatorSlug,
        ])
      ).rows[0].slug,
  );
  const explainArgs = [predictionSlug, ...(metricIndicatorSlug ? [metricIndicatorSlug] : [])];
  const explain = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/explain.ts", ...explainArgs], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: "x".repeat(32) },
    encoding: "utf8",
  });
  if (explain.status !== 0) throw new Error(`explain failed: ${explain.stderr}`);
  dataset.queries = JSON.parse(explain.stdout.trim().split("\n").pop());

  // The full CSV export, as one client downloads it, and the app's memory right after.
  log("  full CSV export…");
  dataset.csvExport = { ...(await downloadCsv(app.base)), rssAfterMiB: Math.round((await rssBytes(app.pid)) / 2 ** 20) };
  // The hostile requests of issue 9: each answered at once, the server responsive meanwhile.
  log("  hostile requests…");
  dataset.attacks = await sendAttacks(app.base);
  dataset.rssAfterAttacksMiB = Math.round((await rssBytes(app.pid)) / 2 ** 20);

  // Through the repo's nginx configuration, next to nginx serving a static file.
  const binary = nginxBinary();
  if (binary) {
    const nginx = await startNginx(binary, app.port);
    try {
      const viaNginx = [];
      for (const [label, route] of routes) {
        if (label.startsWith("static asset")) continue;
        const base = label === "static file" ? nginx.staticBase : nginx.base;
        for (let i = 0; i < 3; i++) await fetch(base + route).then((r) => r.arrayBuffer());
        log(`  load via nginx: ${label}…`);
        const run = {
          label: label === "static file" ? "static file (nginx)" : label,
          ...(await load(base + route, { connections, duration })),
        };
        // The control: nginx serving the same bytes from a file.
        if (label !== "static file") {
          log(`  load via nginx: the same bytes as ${label}, from a file…`);
          run.sameBytes = await load(await nginx.staticCopy(route), { connections, duration });
        }
        viaNginx.push(run);
      }
      const nginxCeiling = viaNginx[0].requestsPerSecond;
      dataset.nginx = viaNginx.map((run) => ({
        ...run,
        ratioToStatic: Number((run.requestsPerSecond / nginxCeiling).toFixed(2)),
        ratioToSameBytes: run.sameBytes ? Number((run.requestsPerSecond / run.sameBytes.requestsPerSecond).toFixed(2)) : null,
      }));
      log("  freshness via nginx…");
      dataset.nginxFreshness = await nginxFreshness(nginx.base, app, database, indicatorId, cookie);
      // The app stopped (a restart, or every replica down): nginx serves its copies, stale.
      await app.stop();
      dataset.nginxWithoutApp = [];
      for (const [label, route] of routes.filter(([label]) => !label.startsWith("static"))) {
        const response = await fetch(nginx.base + route, { headers: { "Accept-Encoding": "gzip" } });
        await response.arrayBuffer();
        dataset.nginxWithoutApp.push({ label, status: response.status, cacheStatus: response.headers.get("x-cache-status") });
      }
    } finally {
      await nginx.stop();
    }
  }
}

/**
 * From a saved change to its first appearance through nginx, for the board and /feed.xml: on a
 * busy URL (under load through nginx at the time) and on a quiet one (nobody asked for it for 5 s).
 */
async function nginxFreshness(nginxBase, app, database, indicatorId, cookie) {
  const result = {};
  for (const [key, route] of [
    ["board", "/"],
    ["feed", "/feed.xml"],
  ]) {
    for (const traffic of ["busy", "quiet"]) {
      const samples = [];
      for (let i = 0; i < 3; i++) {
        const background = traffic === "busy" ? load(nginxBase + route, { connections: 10, duration: 6 }) : null;
        await sleep(traffic === "busy" ? 1500 : 5000);
        const summary = `Benchmark nginx freshness probe ${Date.now()}-${i}`;
        await recordChange(app.base, cookie, database.url, indicatorId, summary);
        const saved = performance.now();
        const lastChange = await withClient(
          database.url,
          async (client) =>
            (await client.query("SELECT last_change_at FROM indicators WHERE id = $1", [indicatorId])).rows[0].last_change_at,
        );
        const sign = key === "board" ? `dateTime="${lastChange.toISOString()}"` : summary;
        for (;;) {
          const body = await (await fetch(nginxBase + route, { headers: { "Accept-Encoding": "gzip" } })).text();
          if (body.includes(sign)) break;
          if (performance.now() - saved > 120_000) throw new Error(`${route} via nginx did not show the change within 120 s`);
          await sleep(traffic === "busy" ? 20 : 100);
        }
        samples.push(performance.now() - saved);
        await background;
      }
      result[`${key}, ${traffic}`] = {
        medianMs: Math.round(median(samples)),
        maxMs: Math.round(Math.max(...samples)),
        samples: samples.length,
      };
    }
  }
  return result;
}

try {
  if (!args.only || args.only === "seed") {
    const database = await createSeedDatabase(postgres.adminUrl);
    database.counts = await withClient(
      database.url,
      async (c) =>
        (
          await c.query(
            `SELECT (SELECT count(*) FROM indicators)::int AS indicators, (SELECT count(*) FROM status_changes)::int AS status_changes,
              (SELECT count(*) FROM metrics)::int AS metrics, (SELECT count(*) FROM observations)::int AS observations`,
          )
        ).rows[0],
    );
    try {
      results.datasets.push(await measureDataset("seed", database));
    } finally {
      await database.drop();
    }
  }
  if (!args.only || args.only === "large") {
    const database = await createLargeDatabase(postgres.adminUrl, log);
    try {
      const dataset = await measureDataset("large", database);
      dataset.generation = {
        template: database.template,
        generatedInSeconds: database.generatedInSeconds,
        copiedInSeconds: database.copiedInSeconds,
      };
      results.datasets.push(dataset);
    } finally {
      await database.drop();
    }
  }
} finally {
  await postgres.stop();
}

results.finishedAt = new Date().toISOString();
await mkdir(path.join(projectRoot, "docs"), { recursive: true });
await writeFile(path.join(projectRoot, "docs/performance.json"), JSON.stringify(results, null, 2) + "\n");
const { renderReport } = await import("./report.mjs");
const report = renderReport(results);
await writeFile(path.join(projectRoot, "docs/performance.md"), report);
console.log("\n" + report);
