// Fresh PostgreSQL databases for tests: on the local server when one answers (TEST_POSTGRES_URL,
// default postgresql://postgres@127.0.0.1:5432/postgres), otherwise on an embedded PostgreSQL
// started in a temporary folder. Each database gets a unique name and is dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startCluster } from "../../server/database/database.mjs";
import { applyMigrations } from "../../server/database/migrations.mjs";
import { withClient } from "../../prisma/seed.mjs";

export type TestServer = { adminUrl: string; stop: () => Promise<void> };

const localUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function answers(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The local PostgreSQL when it answers, else a throwaway embedded one. */
export async function startTestServer(): Promise<TestServer> {
  if (await answers(localUrl)) return { adminUrl: localUrl, stop: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), "followthrough-test-pg-"));
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  const cluster = await startCluster({ dir, port, password, persistent: false });
  return {
    adminUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(adminUrl: string, name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database with a unique name; `migrate` applies the project's migrations. */
export async function createTestDatabase(adminUrl: string, { migrate = true, label = "test" } = {}) {
  const name = `followthrough_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withClient(adminUrl, (client: pg.Client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  const url = withDatabase(adminUrl, name);
  if (migrate) await applyMigrations(url);
  return {
    name,
    url,
    drop: () =>
      withClient(adminUrl, (client: pg.Client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)),
  };
}
