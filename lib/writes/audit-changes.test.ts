import { describe, expect, it } from "vitest";
import { changedFields, describeAuditChange } from "@/lib/writes/audit-changes";

// What an audit entry did, as data the admin names in the editor's language (adminPeople.audit.changes).
describe("describeAuditChange", () => {
  it("names a creation, and the fields an update changed, leaving out the bookkeeping", () => {
    expect(changedFields(undefined, { id: 1, title: "A" })).toEqual({ kind: "created" });
    expect(changedFields({ id: 1, title: "A", claim: "B", version: 1 }, { id: 1, title: "A2", claim: "B", version: 2 })).toEqual({
      kind: "fields",
      fields: ["title"],
      more: 0,
    });
    expect(changedFields({ id: 1, version: 1 }, { id: 1, version: 2 })).toEqual({ kind: "noField" });
  });

  it("names at most six fields and counts the others", () => {
    const before = Object.fromEntries("abcdefgh".split("").map((name) => [name, 1]));
    const after = Object.fromEntries("abcdefgh".split("").map((name) => [name, 2]));
    expect(changedFields(before, after)).toEqual({ kind: "fields", fields: ["a", "b", "c", "d", "e", "f"], more: 2 });
  });

  it("says what a removal, a revision, a correction and a retraction did", () => {
    expect(describeAuditChange("metric_target.delete", { id: 4 }, null)).toEqual({ kind: "deleted" });
    expect(describeAuditChange("observation.revise", { id: 3 }, { id: 7 })).toEqual({ kind: "revised", value: "7", replaces: "3" });
    expect(describeAuditChange("observation.correct", { id: 3 }, { id: 8 })).toEqual({ kind: "corrected", value: "8" });
    expect(describeAuditChange("observation.retract", { id: 3 }, { id: 3 })).toEqual({ kind: "retracted" });
    expect(describeAuditChange("prediction.update", { title: "A" }, { title: "B" })).toEqual({
      kind: "fields",
      fields: ["title"],
      more: 0,
    });
  });
});
