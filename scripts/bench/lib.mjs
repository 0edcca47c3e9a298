// Pieces of the benchmark (scripts/bench/run.mjs): databases, the app server, HTTP helpers,
// load runs and memory sampling.
import { fork, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot, startCluster } from "../../server/database/database.mjs";
import { freePort } from "../lib/app-server.mjs";
import { applyMigrations, listMigrations } from "../../server/database/migrations.mjs";
import { sendChunked } from "../lib/http-client.mjs";
import { actionBody, actionId, actionResult } from "../lib/server-actions.mjs";
import { upsertUser } from "../../server/users.mjs";
import { seed, withClient } from "../../prisma/seed.mjs";

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export { withClient };

/** The PostgreSQL to benchmark on: the local server when it answers, else an embedded one. */
export async function startPostgres() {
  const localUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  try {
    await withClient(localUrl, (client) => client.query("SELECT 1"));
    const version = await withClient(localUrl, async (client) => (await client.query("SHOW server_version")).rows[0].server_version);
    return { adminUrl: localUrl, description: `PostgreSQL ${version} (local server)`, stop: async () => {} };
  } catch {
    const dir = await mkdtemp(path.join(os.tmpdir(), "followthrough-bench-pg-"));
    const port = await freePort();
    const password = randomBytes(12).toString("hex");
    const cluster = await startCluster({ dir, port, password, persistent: false });
    const adminUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
    const version = await withClient(adminUrl, async (client) => (await client.query("SHOW server_version")).rows[0].server_version);
    return {
      adminUrl,
      description: `PostgreSQL ${version} (embedded)`,
      stop: async () => {
        await cluster.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
}

const databaseUrl = (adminUrl, name) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function databaseExists(adminUrl, name) {
  return withClient(adminUrl, async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount > 0);
}

/** A fresh database with the seed prediction. */
export async function createSeedDatabase(adminUrl) {
  const name = `followthrough_bench_seed_${Date.now().toString(36)}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(adminUrl, name);
  await applyMigrations(url);
  await withClient(url, seed);
  return { name, url, drop: () => dropDatabase(adminUrl, name) };
}

/**
 * A fresh copy of the large data set. The set is generated once into a template database named
 * after the migrations and the generator's SQL (so a change to either builds a new one), then
 * copied for each run, which takes seconds instead of minutes.
 */
export async function createLargeDatabase(adminUrl, log) {
  const sql = readFileSync(path.join(projectRoot, "scripts/bench/large-dataset.sql"), "utf8");
  const hash = createHash("sha256").update(sql);
  for (const migration of await listMigrations()) hash.update(migration.sql);
  const template = `followthrough_bench_large_${hash.digest("hex").slice(0, 12)}`;
  let generatedInSeconds = null;
  if (!(await databaseExists(adminUrl, template))) {
    log(`Generating the large data set into ${template} (once; later runs copy it)…`);
    const started = performance.now();
    const building = `${template}_building`;
    await dropDatabase(adminUrl, building);
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${building}`));
    const url = databaseUrl(adminUrl, building);
    await applyMigrations(url);
    await withClient(url, seed);
    await withClient(url, (client) => client.query(sql));
    await withClient(adminUrl, (client) => client.query(`ALTER DATABASE ${building} RENAME TO ${template}`));
    generatedInSeconds = (performance.now() - started) / 1000;
    log(`Generated in ${generatedInSeconds.toFixed(0)} s.`);
  }
  const name = `followthrough_bench_large_run_${Date.now().toString(36)}`;
  const started = performance.now();
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const copiedInSeconds = (performance.now() - started) / 1000;
  const url = databaseUrl(adminUrl, name);
  // A production database is vacuumed by autovacuum as it grows; a copy of one loaded in bulk is
  // not yet, and its index-only scans (counts of an indicator's entries) would visit the table.
  await withClient(url, (client) => client.query("VACUUM (ANALYZE)"));
  const counts = await withClient(
    url,
    async (client) =>
      (
        await client.query(
          `SELECT (SELECT count(*) FROM predictions)::int AS predictions, (SELECT count(*) FROM indicators)::int AS indicators,
            (SELECT count(*) FROM status_changes)::int AS status_changes, (SELECT count(*) FROM evidence)::int AS evidence,
            (SELECT count(*) FROM metrics)::int AS metrics, (SELECT count(*) FROM observations)::int AS observations`,
        )
      ).rows[0],
  );
  return { name, url, template, counts, generatedInSeconds, copiedInSeconds, drop: () => dropDatabase(adminUrl, name) };
}

export async function dropDatabase(adminUrl, name) {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export { freePort, startApp } from "../lib/app-server.mjs";

/** Signs a new bench admin in and returns the session cookie. */
export async function signInBenchAdmin(base, databaseUrl) {
  const email = `bench-admin-${Date.now().toString(36)}@example.invalid`;
  const password = randomBytes(18).toString("base64url");
  await withClient(databaseUrl, (client) => upsertUser(client, { email, password, role: "admin", name: "Bench Admin" }));
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = [csrf.headers.getSetCookie().map((c) => c.split(";")[0])].flat();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error("Could not sign the bench admin in");
  return session;
}

/** Records a status change through the real server action; returns when the action has answered. */
export async function recordChange(base, cookie, databaseUrl, indicatorId, summary) {
  const version = await withClient(
    databaseUrl,
    async (client) => (await client.query("SELECT version FROM indicators WHERE id = $1", [indicatorId])).rows[0].version,
  );
  const fields = {
    indicatorId,
    version,
    toStatus: "IN_PROGRESS",
    effectiveOn: new Date().toISOString().slice(0, 10),
    summary,
    "evidence.0.url": "https://example.invalid/bench/freshness",
    "evidence.0.title": "Benchmark freshness evidence",
    "evidence.0.publisher": "Benchmark",
    "evidence.0.publishedOn": new Date().toISOString().slice(0, 10),
    "evidence.0.kind": "NEWS",
  };
  const response = await fetch(`${base}/admin/indicators/${indicatorId}/changes/new`, {
    method: "POST",
    headers: { "Next-Action": actionId("recordStatusChangeAction"), Accept: "text/x-component", Cookie: cookie, Origin: base },
    body: actionBody(fields),
    redirect: "manual",
  });
  const result = actionResult(await response.text());
  if (result && !result.ok) throw new Error(`The status change was refused: ${result.message}`);
}

/**
 * The control (bare-server.mjs) in its own process: `replay(url)` captures the app's response to
 * url, as the load tool gets it, and returns the control's URL that answers with the same bytes.
 */
export async function startBareServer() {
  const port = await freePort();
  const child = fork(path.join(projectRoot, "scripts/bench/bare-server.mjs"), [String(port)], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise((resolve, reject) =>
    child.once("message", resolve).once("exit", (code) => reject(new Error(`bare server exited (${code})`))),
  );
  return {
    async replay(url) {
      const response = await rawGet(url, BROWSER_HEADERS);
      const stored = new Promise((resolve) => child.once("message", resolve));
      child.send({ path: new URL(url).pathname, ...response, body: response.body.toString("base64") });
      await stored;
      return `http://127.0.0.1:${port}${new URL(url).pathname}`;
    },
    stop: () => new Promise((resolve) => child.once("exit", resolve).kill()),
  };
}

/** A GET as it comes off the wire: no decompression, hop-by-hop headers left out. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => {
          const kept = Object.fromEntries(
            Object.entries(res.headers).filter(
              ([name]) => !["connection", "keep-alive", "transfer-encoding", "date", "content-length"].includes(name),
            ),
          );
          resolve({ status: res.statusCode, headers: kept, body: Buffer.concat(chunks) });
        });
      })
      .on("error", reject);
  });
}

/** Peak resident memory of a process and its children, sampled every 100 ms while `fn` runs. */
export async function withPeakRss(pid, fn) {
  let peak = 0;
  const sample = async () => {
    peak = Math.max(peak, await rssBytes(pid));
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await fn();
    await sample();
    return { result, peakRssBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

async function processTree(root) {
  const parents = new Map();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (comm !== "postgres") parents.set(Number(entry), Number(fields[1]));
    } catch {}
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [id, parent] of parents) if (parent === tree[i]) tree.push(id);
  return tree;
}

// Like a browser: readers' browsers always accept compressed responses.
const BROWSER_HEADERS = {
  "Accept-Encoding": "gzip, deflate, br",
  Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
};

/** wrk (Debian's package) when installed: on two cores it drives several times the load autocannon can. */
export function loadGenerator() {
  return spawnSync("wrk", ["--version"], { encoding: "utf8" }).error ? "autocannon" : "wrk";
}

/** One load run: `connections` clients for `duration` seconds against one URL. */
export async function load(url, { connections, duration, headers = {} }) {
  const all = { ...BROWSER_HEADERS, ...headers };
  return loadGenerator() === "wrk"
    ? loadWithWrk(url, { connections, duration, headers: all })
    : loadWithAutocannon(url, { connections, duration, headers: all });
}

async function loadWithAutocannon(url, { connections, duration, headers }) {
  const result = await autocannon({ url, connections, duration, headers, timeout: 10 });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    url,
    generator: "autocannon",
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerRequest: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    total: result.requests.total,
    failed: non2xx,
  };
}

const UNIT_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const UNIT_BYTES = { B: 1, KB: 2 ** 10, MB: 2 ** 20, GB: 2 ** 30, TB: 2 ** 40 };

async function loadWithWrk(url, { connections, duration, headers }) {
  const args = ["-t", "2", "-c", String(connections), "-d", `${duration}s`, "--timeout", "10s", "--latency"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const child = spawn("wrk", [...args, url], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`wrk failed (${code}):\n${output}`);
  const ms = (pattern) => {
    const match = pattern.exec(output);
    return match ? Number((Number(match[1]) * UNIT_MS[match[2]]).toFixed(2)) : null;
  };
  const totals = /(\d+) requests in [\d.]+\w+, ([\d.]+)(\w+) read/.exec(output);
  const total = Number(totals[1]);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    url,
    generator: "wrk",
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(output)[1])),
    p50Ms: ms(/^\s+50%\s+([\d.]+)(\w+)/m),
    p99Ms: ms(/^\s+99%\s+([\d.]+)(\w+)/m),
    bytesPerRequest: Math.round((Number(totals[2]) * UNIT_BYTES[totals[3]]) / Math.max(1, total)),
    total,
    failed: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0) + (errors ? Number(errors[1]) + Number(errors[4]) : 0),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function machineDescription() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

/** The resident memory of a process and its children (not PostgreSQL), in bytes. */
export async function rssBytes(pid) {
  let total = 0;
  for (const id of await processTree(pid)) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${id}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {}
  }
  return total;
}

/** Downloads the full CSV export as a client would, counting bytes; returns rows, bytes and seconds. */
export async function downloadCsv(base) {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/status-changes.csv`);
  if (!response.ok) throw new Error(`CSV export answered ${response.status}`);
  let bytes = 0;
  let rows = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) rows++;
  }
  return { rows: rows - 1, bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * The hostile requests of issue 9, against the running app: a server action whose list claims
 * 4294967295 items, and 300 MB sent chunked (no Content-Length) to Auth.js's sign-in endpoint.
 * Returns what each got and how long it took; while they run, /api/health is timed too.
 */
export async function sendAttacks(base) {
  const results = [];
  const timed = async (label, fn) => {
    const started = performance.now();
    const health = (async () => {
      const t = performance.now();
      await fetch(`${base}/api/health`);
      return performance.now() - t;
    })();
    const status = await fn();
    results.push({ label, status, ms: Math.round(performance.now() - started), healthMs: Math.round(await health) });
  };
  await timed("server action, a list claiming 4294967295 items", async () => {
    const body = new FormData();
    body.append("_1_x.0", "a");
    body.append("_1_x.length", "4294967295");
    body.append("0", JSON.stringify([null, "$K1"]));
    const response = await fetch(`${base}/login`, {
      method: "POST",
      headers: { "Next-Action": actionId("login"), Accept: "text/x-component" },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  });
  await timed("300 MB chunked to /api/auth/callback/credentials", async () => {
    const headers = { "Content-Type": "application/x-www-form-urlencoded" };
    return (await sendChunked(`${base}/api/auth/callback/credentials`, 300, { headers })).status;
  });
  return results;
}
