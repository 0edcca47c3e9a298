// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in its own
// transaction, recording it in _prisma_migrations exactly as `prisma migrate deploy` does
// (checksum = SHA-256 of the file), so either tool can take over a database from the other.
// A PostgreSQL advisory lock makes concurrent starts (several app replicas) safe.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./database.mjs";

const migrationsDir = path.join(projectRoot, "prisma", "migrations");
const LOCK_KEY = 72707369; // arbitrary, constant: "followthrough migrations"

export async function listMigrations() {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory() && existsSync(path.join(migrationsDir, e.name, "migration.sql")));
  return Promise.all(
    names
      .map((e) => e.name)
      .sort()
      .map(async (name) => {
        const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
        return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
      }),
  );
}

/** @returns {Promise<string[]>} the names of the migrations applied by this call */
export async function applyMigrations(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
        "checksum"            VARCHAR(64) NOT NULL,
        "finished_at"         TIMESTAMPTZ,
        "migration_name"      VARCHAR(255) NOT NULL,
        "logs"                TEXT,
        "rolled_back_at"      TIMESTAMPTZ,
        "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
        "applied_steps_count" INTEGER NOT NULL DEFAULT 0
      )`);
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const done = [];
    for (const migration of await listMigrations()) {
      const previous = applied.get(migration.name);
      if (previous?.finished_at) {
        if (previous.checksum !== migration.checksum) {
          throw Object.assign(
            new Error(`Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing it.`),
            { userFacing: true },
          );
        }
        continue;
      }
      if (previous) {
        throw Object.assign(
          new Error(
            `Migration ${migration.name} started earlier but did not finish. Inspect the database, then mark it rolled back in _prisma_migrations.`,
          ),
          { userFacing: true },
        );
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw Object.assign(new Error(`Migration ${migration.name} failed: ${error.message}`), { userFacing: true });
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
