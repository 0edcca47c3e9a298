// The French page of a status change or a value offers each of its translated texts that has an
// English original, in TRANSLATED_FIELDS' order, at that field's length limit.
import { describe, expect, it } from "vitest";
import { frenchTexts } from "@/app/(admin)/admin/translations/french-texts";
import { LIMITS } from "@/lib/rules/limits";

describe("frenchTexts", () => {
  it("lists the texts that have English, with their French so far", () => {
    const change = {
      summary: "Moved.",
      summaryFr: null,
      correctionNote: null,
      correctionNoteFr: null,
      retractionNote: "Wrong.",
      retractionNoteFr: "Faux.",
    };
    expect(frenchTexts("statusChange", change, (field) => `<${field}>`)).toEqual([
      { name: "summaryFr", label: "<summary>", english: "Moved.", saved: null, maxLength: LIMITS.summary },
      { name: "retractionNoteFr", label: "<retractionNote>", english: "Wrong.", saved: "Faux.", maxLength: LIMITS.retractionNote },
    ]);
    expect(
      frenchTexts("observation", { note: "", correctionNote: "Typo.", correctionNoteFr: null }, String).map((text) => text.name),
    ).toEqual(["correctionNoteFr"]);
    expect(frenchTexts("observation", { note: "A", noteFr: "B" }, String)[0].maxLength).toBe(LIMITS.observationNote);
  });
});
