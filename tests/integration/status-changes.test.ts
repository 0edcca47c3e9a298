import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ConflictError, RuleError } from "@/lib/errors";
import { correctStatusChange, recordStatusChange, retractStatusChange } from "@/lib/status-changes/writes";
import { change, evidence, makeIndicator, makeUser } from "./fixtures";

const db = getDb();
const iso = (date: Date) => date.toISOString().slice(0, 10);
const auditRowsFor = (changeIds: number[]) =>
  db.auditLog.count({ where: { entityType: "status_change", entityId: { in: changeIds.map(String) } } });

describe("recording a status change", () => {
  it("stores the change with its evidence, moves the indicator's status and since, and audits it", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const { change: recorded, indicator: after } = await recordStatusChange(
      change(indicator.id, 1, "IN_PROGRESS", "2026-02-01"),
      editor.id,
    );
    expect(recorded).toMatchObject({ fromStatus: "NOT_YET_RATED", toStatus: "IN_PROGRESS", authorId: editor.id });
    expect(recorded.evidence).toHaveLength(1);
    expect(after).toMatchObject({ status: "IN_PROGRESS", version: 2, updatedById: editor.id });
    expect(iso(after.statusSince)).toBe("2026-02-01");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "status_change", entityId: String(recorded.id) } });
    expect(audit).toMatchObject({ userId: editor.id, action: "status_change.record" });
  });

  it("keeps 'since' when an update repeats the current status with new evidence", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    await recordStatusChange(change(indicator.id, 1, "IN_PROGRESS", "2026-02-01"), editor.id);
    const { change: update, indicator: after } = await recordStatusChange(change(indicator.id, 2, "IN_PROGRESS", "2026-03-01"), editor.id);
    expect(update).toMatchObject({ fromStatus: "IN_PROGRESS", toStatus: "IN_PROGRESS" });
    expect(iso(after.statusSince)).toBe("2026-02-01");
  });

  it("lets exactly one of two editors saving from the same version win; the other learns who and when", async () => {
    const [alice, bob, indicator] = await Promise.all([
      makeUser("editor", "Alice Writer"),
      makeUser("editor", "Bob Writer"),
      makeIndicator(),
    ]);
    const results = await Promise.allSettled([
      recordStatusChange(change(indicator.id, 1, "IN_PROGRESS", "2026-02-01", "alice"), alice.id),
      recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-02", "bob"), bob.id),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    const winner = fulfilled[0].value.change.authorId === alice.id ? "Alice Writer" : "Bob Writer";
    expect(rejected[0].reason.message).toMatch(new RegExp(`^This indicator was changed by ${winner} at .+ UTC`));

    const changes = await db.statusChange.findMany({ where: { indicatorId: indicator.id } });
    expect(changes).toHaveLength(1);
    expect(await auditRowsFor(changes.map((c) => c.id))).toBe(1);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).version).toBe(2);
  });

  it("leaves nothing behind when a write fails half-way", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    // Past validation, the database's own CHECK refuses a non-http evidence URL, after the
    // version claim and the change insert have run inside the transaction.
    const bad = { ...change(indicator.id, 1, "IN_PROGRESS", "2026-02-01"), evidence: [{ ...evidence[0], url: "javascript:alert(1)" }] };
    await expect(recordStatusChange(bad, editor.id)).rejects.toThrow();
    expect(await db.statusChange.count({ where: { indicatorId: indicator.id } })).toBe(0);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: indicator.id } })).toMatchObject({ version: 1, status: "NOT_YET_RATED" });
    expect(await db.auditLog.count({ where: { userId: editor.id } })).toBe(0);
  });
});

describe("what each entry changed from", () => {
  it("follows the history as it stands: a backdated entry, a correction and a retraction move the later entries' old status", async () => {
    const [admin, indicator] = await Promise.all([makeUser("admin"), makeIndicator()]);
    const fromOf = async (id: number) => (await db.statusChange.findUniqueOrThrow({ where: { id } })).fromStatus;
    const { change: may } = await recordStatusChange(change(indicator.id, 1, "IN_PROGRESS", "2026-05-01"), admin.id);
    // Recorded later, effective earlier: May now changes from Stalled.
    const { change: february } = await recordStatusChange(change(indicator.id, 2, "STALLED", "2026-02-01"), admin.id);
    expect([february.fromStatus, await fromOf(may.id)]).toEqual(["NOT_YET_RATED", "STALLED"]);
    // February corrected to Partially achieved: May changes from that.
    const { correction } = await correctStatusChange(
      { ...change(indicator.id, 3, "PARTIALLY_ACHIEVED", "2026-02-01"), changeId: february.id, correctionNote: "n" },
      admin.id,
    );
    expect([correction.fromStatus, await fromOf(may.id)]).toEqual(["NOT_YET_RATED", "PARTIALLY_ACHIEVED"]);
    // The correction retracted: February stands again.
    await retractStatusChange({ changeId: correction.id, version: 4, retractionNote: "The correction was wrong." }, admin.id);
    expect(await fromOf(may.id)).toBe("STALLED");
    // February retracted too: May changes from nothing rated.
    const { indicator: after } = await retractStatusChange(
      { changeId: february.id, version: 5, retractionNote: "Wrong indicator." },
      admin.id,
    );
    expect(await fromOf(may.id)).toBe("NOT_YET_RATED");
    expect(after.status).toBe("IN_PROGRESS");
  });

  it("recomputes from the replaced entry's date when a later-dated correction is retracted", async () => {
    const [admin, indicator] = await Promise.all([makeUser("admin"), makeIndicator()]);
    const fromOf = async (id: number) => (await db.statusChange.findUniqueOrThrow({ where: { id } })).fromStatus;
    const { change: january } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-01-10"), admin.id);
    const { change: february } = await recordStatusChange(change(indicator.id, 2, "IN_PROGRESS", "2026-02-01"), admin.id);
    // January corrected by an entry dated March: February no longer follows anything rated.
    const { correction } = await correctStatusChange(
      { ...change(indicator.id, 3, "ACHIEVED", "2026-03-01"), changeId: january.id, correctionNote: "n" },
      admin.id,
    );
    expect(await fromOf(february.id)).toBe("NOT_YET_RATED");
    // The correction retracted: January counts again, so February changes from Stalled once more.
    await retractStatusChange({ changeId: correction.id, version: 4, retractionNote: "Wrong." }, admin.id);
    expect(await fromOf(february.id)).toBe("STALLED");
  });
});

describe("corrections", () => {
  it("publish a replacing entry; the original stays, and its status no longer counts", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const { change: original } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01"), editor.id);
    const { correction, indicator: after } = await correctStatusChange(
      { ...change(indicator.id, 2, "IN_PROGRESS", "2026-02-03"), changeId: original.id, correctionNote: "It was never stalled." },
      editor.id,
    );
    expect(correction).toMatchObject({
      correctsId: original.id,
      fromStatus: "NOT_YET_RATED",
      toStatus: "IN_PROGRESS",
      correctionNote: "It was never stalled.",
    });
    expect(await db.statusChange.findUnique({ where: { id: original.id } })).toMatchObject({ toStatus: "STALLED", retractedAt: null });
    expect(after.status).toBe("IN_PROGRESS");
    expect(iso(after.statusSince)).toBe("2026-02-03");
    expect(await db.auditLog.count({ where: { action: "status_change.correct", entityId: String(original.id) } })).toBe(1);
  });

  it("cannot correct an entry twice; the correction itself can be corrected", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const { change: original } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01"), editor.id);
    const { correction } = await correctStatusChange(
      { ...change(indicator.id, 2, "IN_PROGRESS", "2026-02-01"), changeId: original.id, correctionNote: "n" },
      editor.id,
    );
    await expect(
      correctStatusChange({ ...change(indicator.id, 3, "ACHIEVED", "2026-02-01"), changeId: original.id, correctionNote: "n" }, editor.id),
    ).rejects.toThrow(RuleError);
    const { indicator: after } = await correctStatusChange(
      { ...change(indicator.id, 3, "PARTIALLY_ACHIEVED", "2026-02-01"), changeId: correction.id, correctionNote: "n2" },
      editor.id,
    );
    expect(after.status).toBe("PARTIALLY_ACHIEVED");
  });

  it("refuse a stale form", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator()]);
    const { change: original } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01"), editor.id);
    await expect(
      correctStatusChange(
        { ...change(indicator.id, 1, "IN_PROGRESS", "2026-02-01"), changeId: original.id, correctionNote: "n" },
        editor.id,
      ),
    ).rejects.toThrow(ConflictError);
  });
});

describe("retractions", () => {
  it("keep the entry, marked, and fall back to the previous effective status", async () => {
    const [admin, indicator] = await Promise.all([makeUser("admin"), makeIndicator()]);
    await recordStatusChange(change(indicator.id, 1, "IN_PROGRESS", "2026-02-01"), admin.id);
    const { change: second } = await recordStatusChange(change(indicator.id, 2, "ACHIEVED", "2026-03-01"), admin.id);
    const { change: retracted, indicator: after } = await retractStatusChange(
      { changeId: second.id, version: 3, retractionNote: "Premature." },
      admin.id,
    );
    expect(retracted).toMatchObject({ retractedById: admin.id, retractionNote: "Premature." });
    expect(after.status).toBe("IN_PROGRESS");
    expect(iso(after.statusSince)).toBe("2026-02-01");
    await expect(retractStatusChange({ changeId: second.id, version: 4, retractionNote: "Again." }, admin.id)).rejects.toThrow(RuleError);
  });

  it("of the only entry return the indicator to Not yet rated since tracking began", async () => {
    const [admin, indicator] = await Promise.all([makeUser("admin"), makeIndicator()]);
    const { change: only } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01"), admin.id);
    const { indicator: after } = await retractStatusChange({ changeId: only.id, version: 2, retractionNote: "Wrong indicator." }, admin.id);
    expect(after.status).toBe("NOT_YET_RATED");
    expect(iso(after.statusSince)).toBe(iso(indicator.createdAt));
  });

  it("of a correction restore the original entry", async () => {
    const [admin, indicator] = await Promise.all([makeUser("admin"), makeIndicator()]);
    const { change: original } = await recordStatusChange(change(indicator.id, 1, "STALLED", "2026-02-01"), admin.id);
    const { correction } = await correctStatusChange(
      { ...change(indicator.id, 2, "ACHIEVED", "2026-02-01"), changeId: original.id, correctionNote: "n" },
      admin.id,
    );
    const { indicator: after } = await retractStatusChange(
      { changeId: correction.id, version: 3, retractionNote: "The correction was wrong." },
      admin.id,
    );
    expect(after.status).toBe("STALLED");
  });
});
