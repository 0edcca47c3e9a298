// The effective-entry rule has one home in SQL (the effective_status_changes view, through which
// status changes are recomputed) and one in TypeScript (lib/status-changes/history.ts, for pages,
// feeds and the API). Generated histories of records, corrections and retractions, written through
// the real writes, must leave the two agreeing on every entry, and the indicator's status must be
// that of its latest effective entry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { historyEntryInclude, isEffective } from "@/lib/status-changes/history";
import { correctStatusChange, recordStatusChange, retractStatusChange } from "@/lib/status-changes/writes";
import { STATUSES } from "@/lib/rules/status";
import { change, makeIndicator, makeUser } from "./fixtures";

type Step = { kind: "record" | "correct" | "retract"; pick: number; status: number; day: number };

const step = fc.record({
  kind: fc.constantFrom("record", "record", "correct", "retract") as fc.Arbitrary<Step["kind"]>,
  pick: fc.nat(),
  status: fc.nat({ max: STATUSES.length - 1 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe("the effective-entry rule", () => {
  it("is the same in SQL and in TypeScript, whatever the history", async () => {
    const [editor, admin] = await Promise.all([makeUser(), makeUser("admin")]);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const indicator = await makeIndicator("effective");
        const db = getDb();
        const version = async () => (await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).version;
        for (const { kind, pick, status, day } of steps) {
          const entries = await db.statusChange.findMany({
            where: { indicatorId: indicator.id },
            include: historyEntryInclude,
            orderBy: { id: "asc" },
          });
          const open = entries.filter((entry) => !entry.retractedAt && !entry.corrections.some((c) => !c.retractedAt));
          const data = change(indicator.id, await version(), STATUSES[status], `2026-02-${String(day).padStart(2, "0")}`);
          if (kind === "record" || open.length === 0) await recordStatusChange(data, editor.id);
          else if (kind === "correct")
            await correctStatusChange({ ...data, changeId: open[pick % open.length].id, correctionNote: "Corrected." }, editor.id);
          else {
            const live = entries.filter((entry) => !entry.retractedAt);
            await retractStatusChange(
              { changeId: live[pick % live.length].id, version: await version(), retractionNote: "Retracted." },
              admin.id,
            );
          }
        }
        const entries = await db.statusChange.findMany({
          where: { indicatorId: indicator.id },
          include: historyEntryInclude,
          orderBy: { id: "asc" },
        });
        const inSql = await db.$queryRaw<
          { id: number }[]
        >`SELECT id FROM effective_status_changes WHERE indicator_id = ${indicator.id} ORDER BY id`;
        expect(inSql.map((row) => row.id)).toEqual(entries.filter(isEffective).map((entry) => entry.id));
        const latest = entries.filter(isEffective).sort((a, b) => b.effectiveOn.getTime() - a.effectiveOn.getTime() || b.id - a.id)[0];
        expect((await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).status).toBe(latest?.toStatus ?? "NOT_YET_RATED");
      }),
      { numRuns: 25 },
    );
  });
});
