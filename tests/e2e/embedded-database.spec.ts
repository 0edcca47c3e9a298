// `npm start` on its embedded PostgreSQL (no DATABASE_URL), each test in a throwaway data folder
// (FOLLOWTHROUGH_DATA_DIR): the server killed with kill -9 comes back under the running app, a
// stale postmaster.pid or an orphaned server of the same folder is recognised as its own, the app
// gives up with one line when PostgreSQL cannot come back, and a port taken by another program is
// exchanged for a free one (two checkouts side by side).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { projectRoot, startCluster } from "../../server/database/database.mjs";
import { upsertUser } from "../../server/users.mjs";
import { withClient } from "../../prisma/seed.mjs";
import { freePort } from "../support/test-database";
import { callAction, signIn, statusChangeFields } from "./support";

// Each test has its own data folder and ports.
test.describe.configure({ mode: "parallel" });

const NOTHING_SAVED = "The database is unavailable right now, so nothing was saved. Your input is kept below; try again in a moment.";

type App = Awaited<ReturnType<typeof startApp>>;

/** A throwaway data folder, and everything started in it, removed at the end of the test. */
async function dataFolder() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "followthrough-data-"));
  await chmod(dir, 0o755); // as .data/ is: run by root, PostgreSQL runs as `postgres` and must reach its folder
  const apps: App[] = [];
  const cleanups: (() => unknown)[] = [];
  const settings = () => JSON.parse(readFileSync(path.join(dir, "postgres.json"), "utf8")) as { port: number; password: string };
  const url = (database = "followthrough") => {
    const { port, password } = settings();
    return `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`;
  };
  return {
    dir,
    cluster: path.join(dir, "postgres"),
    settings,
    url,
    start: async (env: Record<string, string> = {}) => {
      const app = await startApp(null, { env: { FOLLOWTHROUGH_DATA_DIR: dir, ...env } });
      apps.push(app);
      return app;
    },
    onCleanup: (fn: () => unknown) => cleanups.push(fn),
    /** Runs a command (`npm run db:migrate` is scripts/migrate.mjs) on this folder. */
    run: (script: string, env: Record<string, string> = {}) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const { DATABASE_URL: _external, ...inherited } = process.env;
        const child = spawn(process.execPath, [script], { cwd: projectRoot, env: { ...inherited, FOLLOWTHROUGH_DATA_DIR: dir, ...env } });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        child.on("close", (code) => resolve({ code, output }));
      }),
    query: (sql: string, params: unknown[] = []): Promise<pg.QueryResultRow[]> =>
      withClient(url(), async (client: pg.Client) => (await client.query(sql, params)).rows),
    remove: async () => {
      for (const app of apps) {
        // A stop that hangs is reported by the test's own checks; here it must not hide them.
        const stopped = await Promise.race([
          app.stop().then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
        ]);
        if (!stopped) kill(app.pid!, "SIGKILL");
      }
      for (const fn of cleanups.reverse()) await fn();
      // A test that failed half-way may leave a server of this folder behind.
      for (const pid of processesIn(path.join(dir, "postgres"))) kill(pid, "SIGKILL");
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL processes (postmaster and backends) working in `cluster`: they chdir into it. */
function processesIn(cluster: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === cluster;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function kill(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function isRunning(pid: number) {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8")); // a zombie has ended
  } catch {
    return false;
  }
}

function postmasterPid(cluster: string) {
  return Number(readFileSync(path.join(cluster, "postmaster.pid"), "utf8").split("\n")[0]);
}

/** kill -9 of the postmaster, as in the issue; resolves once it has ended. */
async function killPostmaster(cluster: string) {
  const pid = postmasterPid(cluster);
  process.kill(pid, "SIGKILL");
  await expect.poll(() => isRunning(pid), { timeout: 5_000, intervals: [20] }).toBe(false);
  return pid;
}

/**
 * Holds a TCP port, so that PostgreSQL cannot listen there: after the kill, this keeps the outage
 * open for as long as the test needs (the app meanwhile keeps trying), whatever the machine's speed.
 */
async function holdPort(port: number) {
  const server = net.createServer((socket) => socket.destroy());
  const listen = () =>
    new Promise<boolean>((resolve) => server.once("error", () => resolve(false)).listen(port, "127.0.0.1", () => resolve(true)));
  await expect.poll(listen, { timeout: 5_000, intervals: [20] }).toBe(true);
  return { release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function healthStatus(request: APIRequestContext) {
  return (await request.get("/api/health", { failOnStatusCode: false })).status();
}

async function signedInEditor(folder: Awaited<ReturnType<typeof dataFolder>>, request: APIRequestContext) {
  const email = `editor-${randomBytes(4).toString("hex")}@example.org`;
  const client = new pg.Client({ connectionString: folder.url() });
  await client.connect();
  await upsertUser(client, { email, password: "embedded password 1", role: "editor", name: "Embedded Editor" });
  await client.end();
  await signIn(request, { email, password: "embedded password 1" });
  const [indicator] = await folder.query("SELECT id FROM indicators ORDER BY id LIMIT 1");
  return indicator.id as number;
}

/** Runs a test in a throwaway data folder, removed afterwards whatever happens. */
async function withDataFolder(run: (folder: Awaited<ReturnType<typeof dataFolder>>) => Promise<void>) {
  const folder = await dataFolder();
  try {
    await run(folder);
  } finally {
    await folder.remove();
  }
}

/** Records a status change through the app's server action, at the indicator's current version. */
async function recordChange(
  folder: Awaited<ReturnType<typeof dataFolder>>,
  request: APIRequestContext,
  indicatorId: number,
  summary: string,
  version?: number,
) {
  version ??= (await folder.query("SELECT version FROM indicators WHERE id = $1", [indicatorId]))[0].version as number;
  return callAction(
    request,
    `/admin/indicators/${indicatorId}/changes/new`,
    "recordStatusChangeAction",
    statusChangeFields(indicatorId, version, summary),
  );
}

test("kill -9 of the embedded PostgreSQL: saves in the gap keep their input, then it comes back with the same data, the app still running", async ({
  playwright,
}) => {
  test.setTimeout(90_000);
  await withDataFolder(async (folder) => {
    const pgPort = await freePort();
    const app = await folder.start({ EMBEDDED_POSTGRES_PORT: String(pgPort) });
    const request = await playwright.request.newContext({ baseURL: app.base });
    const indicator = await signedInEditor(folder, request);
    const before = await recordChange(folder, request, indicator, "Saved before the kill.");
    expect(before.redirect, JSON.stringify(before.result)).toContain("saved=change");

    const [{ version }] = await folder.query("SELECT version FROM indicators WHERE id = $1", [indicator]);
    const killed = await killPostmaster(folder.cluster);
    const port = await holdPort(pgPort);
    await expect.poll(() => healthStatus(request), { timeout: 10_000, intervals: [100] }).toBe(503);
    const during = await recordChange(folder, request, indicator, "Saved during the gap.", version);
    expect(during.result).toMatchObject({ ok: false, status: 503, message: NOTHING_SAVED, values: { summary: "Saved during the gap." } });
    await port.release();

    await expect.poll(() => healthStatus(request), { timeout: 30_000, intervals: [100] }).toBe(200);
    expect(postmasterPid(folder.cluster)).not.toBe(killed);
    expect(isRunning(app.pid!), "the app process was not restarted").toBe(true);
    expect(app.output()).toMatch(/Embedded PostgreSQL .*(stopped|down)/i);
    await expect.poll(() => app.output(), { intervals: [100] }).toMatch(/Embedded PostgreSQL is back/); // its next check, a moment later

    // The same data, and the app's connection pool writes again.
    const after = await recordChange(folder, request, indicator, "Saved after the restart.");
    expect(after.redirect, JSON.stringify(after.result)).toContain("saved=change");
    const rows = await folder.query("SELECT summary FROM status_changes WHERE indicator_id = $1 ORDER BY id", [indicator]);
    expect(rows.map((row) => row.summary)).toEqual(["Saved before the kill.", "Saved after the restart."]);
    await request.dispose();

    // Stopped during an outage, the app ends at once (it used to wait for the dead server 10 s).
    await killPostmaster(folder.cluster);
    const stopping = Date.now();
    await app.stop();
    expect(Date.now() - stopping).toBeLessThan(5_000);
  });
});

test("an orphaned server of the same folder is taken over and watched, or restarted when it hangs; a stale postmaster.pid naming an unrelated live process is cleared", async ({
  playwright,
}) => {
  test.setTimeout(120_000);
  await withDataFolder(async (folder) => {
    const pgPort = String(await freePort());
    const first = await folder.start({ EMBEDDED_POSTGRES_PORT: pgPort });
    await folder.query("CREATE TABLE marker (note text); INSERT INTO marker VALUES ('kept')");

    // The app is killed, its PostgreSQL keeps running: the next start takes it over, and watches it
    // by connecting, since no exit of a child of its own will tell it.
    const orphan = postmasterPid(folder.cluster);
    process.kill(first.pid!, "SIGKILL");
    await first.exited;
    expect(isRunning(orphan)).toBe(true);
    const app = await folder.start({ EMBEDDED_POSTGRES_PORT: pgPort });
    expect(postmasterPid(folder.cluster), "the healthy orphan is reused").toBe(orphan);

    // Its postmaster is killed while a backend is stuck (stopped) and still holds the shared
    // memory: PostgreSQL alone refuses to start until that backend is gone.
    const stuck = new pg.Client({ connectionString: folder.url() });
    stuck.on("error", () => {});
    await stuck.connect();
    const backend = Number((await stuck.query("SELECT pg_backend_pid() AS pid")).rows[0].pid);
    folder.onCleanup(() => kill(backend, "SIGKILL"));
    process.kill(backend, "SIGSTOP");
    const request = await playwright.request.newContext({ baseURL: app.base });
    await killPostmaster(folder.cluster);
    await expect.poll(() => healthStatus(request), { timeout: 10_000, intervals: [100] }).toBe(503);
    await expect.poll(() => healthStatus(request), { timeout: 30_000, intervals: [100] }).toBe(200);
    expect(isRunning(backend), "the stuck backend of the dead server was ended").toBe(false);
    expect(app.output()).toMatch(/ended 1 leftover process of the dead server/);
    expect(await folder.query("SELECT note FROM marker")).toEqual([{ note: "kept" }]);
    expect(isRunning(app.pid!), "the app process was not restarted").toBe(true);
    await request.dispose();

    // The app is killed again, and the server it leaves behind hangs (stopped): a command (here
    // `npm run db:migrate`) finds that it does not answer, stops it and starts it afresh.
    const hung = postmasterPid(folder.cluster);
    process.kill(app.pid!, "SIGKILL");
    await app.exited;
    process.kill(hung, "SIGSTOP");
    folder.onCleanup(() => kill(hung, "SIGKILL"));
    const recovered = await folder.run("scripts/migrate.mjs", { EMBEDDED_POSTGRES_PORT: pgPort });
    expect(recovered.output).toContain(`(pid ${hung}) does not answer`);
    expect(recovered).toMatchObject({ code: 0, output: expect.stringContaining("Database is up to date.") });
    expect(isRunning(hung)).toBe(false);

    // As after a kill -9 whose pid has since been taken by an unrelated process of the same user
    // (PostgreSQL runs as `postgres` when started by root): PostgreSQL alone refuses to start, and
    // a command that starts it (here `npm run db:migrate`) failed.
    const lockFile = path.join(folder.cluster, "postmaster.pid");
    expect(existsSync(lockFile), "a clean stop removes postmaster.pid").toBe(false);
    const asPostgres = process.getuid?.() === 0 ? await postgresUser() : {};
    const unrelated: ChildProcess = spawn("sleep", ["300"], { ...asPostgres, stdio: "ignore" });
    folder.onCleanup(() => unrelated.kill("SIGKILL"));
    writeFileSync(lockFile, `${unrelated.pid}\n${folder.cluster}\n1764500000\n${pgPort}\n`, { mode: 0o600 });
    if (asPostgres.uid !== undefined) await chown(lockFile, asPostgres.uid, asPostgres.gid!);
    const migrate = await folder.run("scripts/migrate.mjs", { EMBEDDED_POSTGRES_PORT: pgPort });
    expect(migrate.output).toContain(`removed a stale postmaster.pid (pid ${unrelated.pid} is another program)`);
    expect(migrate).toMatchObject({ code: 0, output: expect.stringContaining("Database is up to date.") });
    expect(isRunning(unrelated.pid!), "the unrelated process is left alone").toBe(true);
  });
});

test("when its PostgreSQL cannot come back within EMBEDDED_POSTGRES_RESTART_TIMEOUT, the app exits non-zero with one line", async () => {
  test.setTimeout(60_000);
  await withDataFolder(async (folder) => {
    const pgPort = await freePort();
    const app = await folder.start({ EMBEDDED_POSTGRES_PORT: String(pgPort), EMBEDDED_POSTGRES_RESTART_TIMEOUT: "3" });
    await killPostmaster(folder.cluster);
    const port = await holdPort(pgPort);
    folder.onCleanup(port.release);
    const exit = await Promise.race([app.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 20_000))]);
    expect(exit).toEqual({ code: 1, signal: null });
    const errors = app
      .output()
      .split("\n")
      .filter((line) => line.startsWith("error:"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^error: The embedded PostgreSQL \(.*, port \d+\) could not be restarted within 3 s \(last error: Port \d+ is taken by another program\.\); giving up\./,
    );
  });
});

test("a remembered port taken by another program (a second checkout's server) is exchanged for a free one, saved and logged", async () => {
  test.setTimeout(60_000);
  const folder = await dataFolder();
  const otherDir = await mkdtemp(path.join(os.tmpdir(), "followthrough-other-checkout-"));
  await chmod(otherDir, 0o755);
  try {
    const taken = await freePort();
    const other = await startCluster({
      dir: path.join(otherDir, "postgres"),
      port: taken,
      password: randomBytes(12).toString("hex"),
      persistent: false,
    });
    folder.onCleanup(() => other.stop());
    // This folder's settings, as a first run on the default port would have saved them.
    await writeFile(path.join(folder.dir, "postgres.json"), JSON.stringify({ port: taken, password: randomBytes(12).toString("hex") }), {
      mode: 0o600,
    });

    const app = await folder.start();
    const chosen = folder.settings().port;
    expect(chosen).not.toBe(taken);
    expect(Number(readFileSync(path.join(folder.cluster, "postmaster.pid"), "utf8").split("\n")[3])).toBe(chosen);
    expect(app.output()).toContain(`Port ${taken} is taken by another program; the embedded PostgreSQL uses port ${chosen} instead`);
    await app.stop();

    // The commands use it too, and so does the next start.
    const migrate = await folder.run("scripts/migrate.mjs");
    expect(migrate).toMatchObject({ code: 0, output: expect.stringContaining(`port ${chosen}`) });
    expect(migrate.output).not.toContain("is taken");
    expect(folder.settings().port).toBe(chosen);

    // A port asked for explicitly is not exchanged: the start fails, saying why.
    const refused = await startApp(null, { env: { FOLLOWTHROUGH_DATA_DIR: folder.dir, EMBEDDED_POSTGRES_PORT: String(taken) } }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/exited with code 1/);
    expect(refused).toMatch(new RegExp(`error: .*${taken}.*EMBEDDED_POSTGRES_PORT`));
  } finally {
    await folder.remove();
    await rm(otherDir, { recursive: true, force: true });
  }
});

async function postgresUser(): Promise<{ uid?: number; gid?: number }> {
  const { execFileSync } = await import("node:child_process");
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
  };
}
