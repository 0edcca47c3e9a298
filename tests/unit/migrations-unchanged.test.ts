// A migration, once committed, may be running on somebody's database, which records its checksum
// and refuses to start when the file changes (server/database/migrations.mjs): no migration may be
// edited, only added. prisma/migrations/checksums.json lists each one's SHA-256; add a line for a
// new migration (the failure below prints it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMigrations } from "@/server/database/migrations.mjs";

describe("migrations", () => {
  it("are never edited once committed, and each is listed in checksums.json", async () => {
    const recorded: Record<string, string> = JSON.parse(readFileSync("prisma/migrations/checksums.json", "utf8"));
    const current = Object.fromEntries(
      (await listMigrations()).map((migration: { name: string; checksum: string }) => [migration.name, migration.checksum]),
    );
    expect(current).toEqual(recorded);
  });
});
