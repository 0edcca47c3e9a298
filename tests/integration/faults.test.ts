// Concurrency and interrupted writes, against the real PostgreSQL.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { recordStatusChange } from "@/lib/status-changes/writes";
import { change, makeIndicator, makeUser, unique } from "./fixtures";

const db = getDb();

describe("twenty editors saving the same indicator at once", () => {
  it("accept exactly one save per version, refuse the rest, and audit exactly the accepted ones", async () => {
    const indicator = await makeIndicator("crowd");
    const editors = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser("editor", `Crowd Editor ${i}`)));
    const rounds = 3;
    for (let round = 1; round <= rounds; round++) {
      const results = await Promise.allSettled(
        editors.map((editor, i) =>
          recordStatusChange(
            change(indicator.id, round, i % 2 ? "IN_PROGRESS" : "STALLED", "2026-02-01", `round ${round} editor ${i}`),
            editor.id,
          ),
        ),
      );
      const accepted = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(accepted, `round ${round}`).toHaveLength(1);
      expect(refused, `round ${round}`).toHaveLength(19);
      for (const r of refused) expect(r.reason).toBeInstanceOf(ConflictError);
    }
    const history = await db.statusChange.findMany({ where: { indicatorId: indicator.id }, orderBy: { id: "asc" } });
    expect(history).toHaveLength(rounds);
    expect(new Set(history.map((c) => c.summary.split(" editor")[0]))).toEqual(new Set(["round 1", "round 2", "round 3"]));
    // Each accepted change saw the status the previous one left.
    for (let i = 1; i < history.length; i++) expect(history[i].fromStatus).toBe(history[i - 1].toStatus);
    const audits = await db.auditLog.count({
      where: { action: "status_change.record", entityId: { in: history.map((c) => String(c.id)) } },
    });
    expect(audits).toBe(rounds);
    // And no audit row at all from the refused attempts: every row these editors wrote is one of those.
    expect(await db.auditLog.count({ where: { userId: { in: editors.map((editor) => editor.id) } } })).toBe(rounds);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).version).toBe(rounds + 1);
  });
});

describe("a write whose connection is killed mid-transaction", () => {
  it("leaves nothing half-written", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator("killed")]);
    const summary = unique("interrupted");
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([blocker.connect(), watcher.connect()]);
    try {
      // Hold a lock on the evidence table, so the write stops inside its transaction, after its
      // version claim and its status change insert, waiting to insert the evidence.
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE evidence IN EXCLUSIVE MODE");
      const write = recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01", summary), editor.id);
      const outcome = write.then(
        () => "saved",
        (error: Error) => error,
      );

      let pid: number | null = null;
      for (let i = 0; i < 200 && pid === null; i++) {
        const { rows } = await watcher.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%evidence%' AND pid <> $1`,
          [(blocker as unknown as { processID: number }).processID],
        );
        pid = rows[0]?.pid ?? null;
        if (pid === null) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(pid, "the write is waiting inside its transaction").not.toBeNull();
      const inFlight = await watcher.query("SELECT count(*)::int AS n FROM status_changes WHERE summary = $1", [summary]);
      expect(inFlight.rows[0].n, "not visible to others before commit").toBe(0);
      await watcher.query("SELECT pg_terminate_backend($1)", [pid]);
      await blocker.query("ROLLBACK");
      expect(await outcome).toBeInstanceOf(Error);
    } finally {
      await blocker.end();
      await watcher.end();
    }
    expect(await db.statusChange.count({ where: { summary } })).toBe(0);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({
      version: 1,
      status: "NOT_YET_RATED",
      lastChangeAt: null,
    });
    expect(await db.auditLog.count({ where: { userId: editor.id } })).toBe(0);
    // And the app carries on: the next save goes through.
    const { change: saved } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01"), editor.id);
    expect(saved.toStatus).toBe("STALLED");
  });
});
