// Renders docs/performance.md from the benchmark's results (docs/performance.json).

const TARGETS = {
  cachedRatio: 0.8,
  p99Ms: 50,
  freshnessMs: 1000,
  nginxFreshnessMs: 2000,
  uncachedMs: 50,
  rssMiB: 300,
  attackMs: 1000,
  adminBytes: 300_000,
  adminMs: 1000,
};

// The uncached renders run.mjs measures after each save.
const UNCACHED_LABELS = {
  board: "board",
  feed: "feed",
  indicatorPage: "indicator page",
  metricPage: "indicator page with a metric",
  boardFrench: "board in French (/fr)",
  indicatorPageFrench: "indicator page in French",
};

const mark = (ok) => (ok ? "met" : "**missed**");
const table = (rows) => rows.map((row) => `| ${row.join(" | ")} |`).join("\n");

function routesTable(routes, control = "Bare Node.js replaying it") {
  const withAsset = routes.some((r) => r.ratioToAsset);
  const withSameBytes = routes.some((r) => r.sameBytes);
  return table([
    [
      "Route",
      "Requests/s",
      "p50 ms",
      "p99 ms",
      "Ratio to static file",
      ...(withAsset ? ["Ratio to stylesheet"] : []),
      "Bytes/response",
      ...(withSameBytes ? [`${control}: requests/s`, "Ratio to that"] : []),
      "Failed",
    ],
    ["---", "---:", "---:", "---:", "---:", ...(withAsset ? ["---:"] : []), "---:", ...(withSameBytes ? ["---:", "---:"] : []), "---:"],
    ...routes.map((r) => [
      r.label,
      r.requestsPerSecond,
      r.p50Ms,
      r.p99Ms,
      r.ratioToStatic.toFixed(2),
      ...(withAsset ? [r.ratioToAsset?.toFixed(2) ?? ""] : []),
      r.bytesPerRequest,
      ...(withSameBytes ? [r.sameBytes?.requestsPerSecond ?? "", r.ratioToSameBytes?.toFixed(2) ?? ""] : []),
      r.failed,
    ]),
  ]);
}

function targetsTable(dataset) {
  const cached = dataset.routes.filter((route) => !route.label.startsWith("static"));
  const rows = [
    ["Target", "Measured", "Verdict"],
    ["---", "---", "---"],
  ];
  for (const route of cached) {
    const ok = route.ratioToStatic >= TARGETS.cachedRatio && route.p99Ms < TARGETS.p99Ms;
    rows.push([
      `${route.label}: ≥ 80% of static throughput, p99 < 50 ms`,
      `${Math.round(route.ratioToStatic * 100)}%, p99 ${route.p99Ms} ms${route.ratioToSameBytes ? ` (${Math.round(route.ratioToSameBytes * 100)}% of a bare Node.js server replaying the same response)` : ""}`,
      mark(ok),
    ]);
  }
  for (const key of ["board", "feed"]) {
    const f = dataset.freshness[key];
    rows.push([
      `Saved change visible in ${key === "board" ? "the board" : "/feed.xml"} within 1 s (the app itself; behind nginx, see deploy.md)`,
      `median ${f.medianMs} ms, max ${f.maxMs} ms (${f.samples} saves)`,
      mark(f.maxMs < TARGETS.freshnessMs),
    ]);
  }
  for (const [key, u] of Object.entries(dataset.uncachedRender)) {
    // Judged on the median; when the slowest render is over, the verdict says so.
    const verdict =
      u.medianMs >= TARGETS.uncachedMs
        ? mark(false)
        : u.maxMs >= TARGETS.uncachedMs
          ? "met at the median; **the slowest is over**"
          : mark(true);
    rows.push([
      `Uncached ${UNCACHED_LABELS[key] ?? key} render < 50 ms`,
      `median ${u.medianMs} ms, max ${u.maxMs} ms (${u.samples} renders, each after a save)`,
      verdict,
    ]);
  }
  const seqScans = dataset.queries.flatMap((q) => q.queries).reduce((n, q) => n + q.sequentialScansOfHistory, 0);
  if (dataset.name === "seed") {
    rows.push([
      "No sequential scan of status changes (board and feed queries)",
      `${seqScans}: the seed's tables hold a handful of rows, which PostgreSQL reads whole by design`,
      "n/a",
    ]);
  } else {
    rows.push(["No sequential scan of status changes (board and feed queries)", `${seqScans} sequential scans`, mark(seqScans === 0)]);
  }
  rows.push([
    "Server memory < 300 MB RSS through the whole run (load, renders, full CSV export, hostile requests, admin pages, nginx)",
    `${dataset.peakRssMiB} MiB peak; ${dataset.csvExport?.rssAfterMiB ?? "?"} MiB right after the CSV export, ${dataset.rssAfterAttacksMiB ?? "?"} MiB after the hostile requests`,
    mark(dataset.peakRssMiB < TARGETS.rssMiB),
  ]);
  if (dataset.csvExport) {
    const c = dataset.csvExport;
    rows.push([
      "Full CSV export streams",
      `${c.rows.toLocaleString("en")} rows, ${(c.bytes / 2 ** 20).toFixed(0)} MiB in ${c.seconds.toFixed(1)} s`,
      "n/a",
    ]);
  }
  for (const attack of dataset.attacks ?? []) {
    rows.push([
      `Hostile request answered at once (< 1 s), /api/health meanwhile too: ${attack.label}`,
      `${attack.status} in ${attack.ms} ms; /api/health in ${attack.healthMs} ms`,
      mark(attack.ms < TARGETS.attackMs && attack.healthMs < TARGETS.attackMs && attack.status < 500),
    ]);
  }
  for (const [label, f] of Object.entries(dataset.nginxFreshness ?? {})) {
    rows.push([
      `Behind nginx: saved change visible within 2 s (${label})`,
      `median ${f.medianMs} ms, max ${f.maxMs} ms (${f.samples} saves)`,
      mark(f.maxMs <= TARGETS.nginxFreshnessMs),
    ]);
  }
  for (const probe of dataset.nginxWithoutApp ?? []) {
    rows.push([
      `The app stopped: nginx still serves ${probe.label}`,
      `${probe.status} ${probe.cacheStatus ?? ""}`.trim(),
      mark(probe.status === 200),
    ]);
  }
  if (dataset.nginx) {
    for (const route of dataset.nginx.filter((r) => !r.label.startsWith("static"))) {
      const ratio = route.ratioToSameBytes ?? route.ratioToStatic;
      rows.push([
        `Behind nginx, ${route.label}: ≥ 80% of nginx's rate for the same bytes from a static file`,
        `${Math.round(ratio * 100)}% (${Math.round(route.ratioToStatic * 100)}% of robots.txt's rate)`,
        mark(ratio >= TARGETS.cachedRatio),
      ]);
    }
  }
  return table(rows);
}

/** Whether an admin page (scripts/bench/admin.mjs) answered 200 under 300 KB of HTML and under 1 s (median). */
export const adminPageMet = (page) => page.status === 200 && page.htmlBytes < TARGETS.adminBytes && page.medianMs < TARGETS.adminMs;

export function adminPagesTable(pages) {
  return table([
    ["Admin page", "Address", "Status", "HTML KB", "Median ms", "Slowest ms", "< 300 KB and < 1 s"],
    ["---", "---", "---:", "---:", "---:", "---:", "---"],
    ...pages.map((page) => [
      page.label,
      `\`${page.path}\``,
      page.status,
      (page.htmlBytes / 1000).toFixed(1),
      page.medianMs,
      page.maxMs,
      adminPageMet(page) && page.maxMs >= TARGETS.adminMs ? "met at the median; **the slowest is over**" : mark(adminPageMet(page)),
    ]),
  ]);
}

function queriesSection(dataset) {
  return dataset.queries
    .map((read) => {
      const lines = read.queries.map((q) => `  - ${q.executionMs.toFixed(2)} ms: ${q.scans.join("; ") || "no table scan"}`);
      return `- **${read.name}**: ${read.milliseconds.toFixed(1)} ms for the whole read through Prisma, median of 21 warm runs (${read.queries.length} queries; each query's own execution time below)\n${lines.join("\n")}`;
    })
    .join("\n");
}

export function renderReport(results) {
  const m = results.machine;
  const parts = [
    "# Performance",
    "",
    "Generated by `npm run bench` (scripts/bench/run.mjs); the raw numbers are in `docs/performance.json`.",
    "Every figure below comes from one run on one machine; compare ratios, not absolute numbers, across",
    `machines. Load: ${results.settings.loadGenerator ?? "autocannon"}, ${results.settings.connections} connections, ${results.settings.durationSeconds} s per route, on the same machine as the server,`,
    "sending a browser's Accept-Encoding (gzip, deflate, br: the app answers in brotli, nginx in gzip). The static file",
    "is public/robots.txt, served by the same server. The control is a bare Node.js server (scripts/bench/bare-server.mjs)",
    "replaying each route's captured response byte for byte under the same load: the most this machine and this load",
    "tool allow for that response. The load tool shares the machine and its cost grows with body size, steeply for",
    "compressed (binary) bodies, so a page of 10 KB of brotli cannot reach the rate of a 0.8 KB robots.txt anywhere here.",
    "",
    `Machine: ${m.cpu}, ${m.memoryGiB} GiB RAM, ${m.os}, Node.js ${m.node}, ${m.database}. Run: ${results.startedAt}.`,
  ];
  for (const dataset of results.datasets) {
    const counts = dataset.counts
      ? Object.entries(dataset.counts)
          .map(([k, v]) => `${v.toLocaleString("en")} ${k.replace("_", " ")}`)
          .join(", ")
      : "";
    parts.push("", `## ${dataset.name === "seed" ? "Seed data" : "Large data set"}${counts ? ` (${counts})` : ""}`, "");
    if (dataset.generation) {
      parts.push(
        dataset.generation.generatedInSeconds
          ? `Generated in ${Math.round(dataset.generation.generatedInSeconds)} s (set-based SQL, scripts/bench/large-dataset.sql); copied for the run in ${dataset.generation.copiedInSeconds.toFixed(1)} s.`
          : `Copied from the template generated by an earlier run (${dataset.generation.template}) in ${dataset.generation.copiedInSeconds.toFixed(1)} s.`,
        "",
      );
    }
    if (dataset.pages?.metricIndicator)
      parts.push(
        `Indicator page: \`${dataset.pages.indicator}\` (the longest history among indicators without a metric). ` +
          `Indicator page with a metric: \`${dataset.pages.metricIndicator}\` (the indicator whose metric has the most values).`,
        "",
      );
    parts.push(
      "### Cached routes, served by the app directly",
      "",
      routesTable(dataset.routes),
      "",
      "### Targets",
      "",
      targetsTable(dataset),
    );
    if (dataset.nginx)
      parts.push(
        "",
        "### Through the repo's nginx configuration (deploy/nginx)",
        "",
        routesTable(dataset.nginx, "nginx serving the same bytes from a file"),
      );
    if (dataset.admin)
      parts.push(
        "",
        "### Admin pages (signed in as an admin, not cached; one warm-up, then 5 requests each)",
        "",
        adminPagesTable(dataset.admin),
      );
    parts.push("", "### Queries (EXPLAIN ANALYZE)", "", queriesSection(dataset));
  }
  return parts.join("\n") + "\n";
}
