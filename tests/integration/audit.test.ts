import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

describe("audit_log", () => {
  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const db = getDb();
    const row = await db.auditLog.create({ data: { action: "test.append", entityType: "test", entityId: "1" } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "test.changed" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUnique({ where: { id: row.id } })).toMatchObject({ action: "test.append" });
  });
});
