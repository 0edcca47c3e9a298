import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../support/test-database";
import { applyMigrations } from "../../server/database/migrations.mjs";

const created: { drop: () => Promise<unknown> }[] = [];
afterAll(async () => {
  for (const database of created) await database.drop();
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("build the schema on an empty database and record themselves as Prisma does", async () => {
    const database = await createTestDatabase(inject("adminDatabaseUrl"), { migrate: false, label: "migrate" });
    created.push(database);

    const dir = path.resolve("prisma/migrations");
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(await applyMigrations(database.url)).toEqual(names);

    const rows = await query(
      database.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(dir, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }

    const tables = await query(
      database.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["sources", "predictions", "indicators"]));
  });

  it("are idempotent: a second run applies nothing", async () => {
    const database = await createTestDatabase(inject("adminDatabaseUrl"), { label: "migrate2" });
    created.push(database);
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("refuse to run when an applied migration was edited afterwards", async () => {
    const database = await createTestDatabase(inject("adminDatabaseUrl"), { label: "migrate3" });
    created.push(database);
    await query(database.url, `UPDATE _prisma_migrations SET checksum = repeat('0', 64)`);
    await expect(applyMigrations(database.url)).rejects.toThrow(/was changed after it was applied/);
  });
});
