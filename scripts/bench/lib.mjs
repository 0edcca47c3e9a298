// Pieces of the benchmark (scripts/bench/run.mjs): databases, the app server, HTTP helpers,
// load runs and memory sampling.
import { fork } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot, startCluster } from "../lib/database.mjs";
import { freePort } from "../lib/app-server.mjs";
import { applyMigrations } from "../lib/migrations.mjs";
import { actionBody, actionId, actionResult } from "../lib/server-actions.mjs";
import { upsertUser } from "../lib/users.mjs";
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
    return { adminUrl, description: `PostgreSQL ${version} (embedded)`, stop: async () => { await cluster.stop(); await rm(dir, { recursive: true, force: true }); } };
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
  const migrationsDir = path.join(projectRoot, "prisma/migrations");
  const hash = createHash("sha256").update(sql);
  for (const name of (await readdir(migrationsDir)).sort()) {
    if (name.endsWith(".toml")) continue;
    hash.update(await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"));
  }
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
  await withClient(url, (client) => client.query("ANALYZE"));
  const counts = await withClient(url, async (client) => (await client.query(
    `SELECT (SELECT count(*) FROM predictions)::int AS predictions, (SELECT count(*) FROM indicators)::int AS indicators,
            (SELECT count(*) FROM status_changes)::int AS status_changes, (SELECT count(*) FROM evidence)::int AS evidence`,
  )).rows[0]);
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
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error("Could not sign the bench admin in");
  return session;
}

/** Records a status change through the real server action; returns when the action has answered. */
export async function recordChange(base, cookie, databaseUrl, indicatorId, summary) {
  const version = await withClient(databaseUrl, async (client) => (await client.query("SELECT version FROM indicators WHERE id = $1", [indicatorId])).rows[0].version);
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

/** Peak resident memory of a process and its children, sampled every 100 ms while `fn` runs. */
/**
 * The control (bare-server.mjs) in its own process: `replay(url)` captures the app's response to
 * url, as the load tool gets it, and returns the control's URL that answers with the same bytes.
 */
export async function startBareServer() {
  const port = await freePort();
  const child = fork(path.join(projectRoot, "scripts/bench/bare-server.mjs"), [String(port)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  await new Promise((resolve, reject) => child.once("message", resolve).once("exit", (code) => reject(new Error(`bare server exited (${code})`))));
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
          const kept = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !["connection", "keep-alive", "transfer-encoding", "date", "content-length"].includes(name)));
          resolve({ status: res.statusCode, headers: kept, body: Buffer.concat(chunks) });
        });
      })
      .on("error", reject);
  });
}

export async function withPeakRss(pid, fn) {
  let peak = 0;
  const sample = async () => {
    let total = 0;
    for (const id of await processTree(pid)) {
      try {
        const status = await readFile(`/proc/${id}/status`, "utf8");
        total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      } catch {}
    }
    peak = Math.max(peak, total);
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

/** One load run: `connections` clients for `duration` seconds against one URL. */
// Like a browser: readers' browsers always accept compressed responses.
const BROWSER_HEADERS = { "Accept-Encoding": "gzip, deflate, br", Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

export async function load(url, { connections, duration, headers = {} }) {
  const result = await autocannon({ url, connections, duration, headers: { ...BROWSER_HEADERS, ...headers }, timeout: 10 });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerRequest: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    total: result.requests.total,
    failed: non2xx,
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
