import { describe, expect, it } from "vitest";
import { frenchField, localized, translationMissing } from "@/lib/i18n/content";

const indicator = { title: "Modernizing the military", titleFr: "Moderniser les forces armées", criteria: "Spend 2%", criteriaFr: null };

describe("localized", () => {
  it("gives the English original in English, whatever the French says", () => {
    expect(localized(indicator, "title", "en-CA")).toEqual({ text: "Modernizing the military", lang: "en-CA", pending: false });
    expect(localized(indicator, "criteria", "en-CA")).toEqual({ text: "Spend 2%", lang: "en-CA", pending: false });
  });

  it("gives the French version in French", () => {
    expect(localized(indicator, "title", "fr-CA")).toEqual({ text: "Moderniser les forces armées", lang: "fr-CA", pending: false });
  });

  it("falls back to the English original, in English and marked pending, when the French is missing, empty or blank", () => {
    const pending = { text: "Spend 2%", lang: "en-CA", pending: true };
    expect(localized(indicator, "criteria", "fr-CA")).toEqual(pending);
    expect(localized({ criteria: "Spend 2%", criteriaFr: "" }, "criteria", "fr-CA")).toEqual(pending);
    expect(localized({ criteria: "Spend 2%", criteriaFr: "  \n" }, "criteria", "fr-CA")).toEqual(pending);
    expect(localized({ criteria: "Spend 2%" }, "criteria", "fr-CA")).toEqual(pending);
  });

  it("gives null for an optional text that has no English original, in either language", () => {
    const change = { correctionNote: null as string | null, correctionNoteFr: null };
    expect(localized(change, "correctionNote", "en-CA")).toBeNull();
    expect(localized(change, "correctionNote", "fr-CA")).toBeNull();
  });
});

describe("translationMissing", () => {
  it("lists the fields with an English text and no French one, in the order asked", () => {
    const record = { title: "T", titleFr: "", claim: "C", claimFr: "Affirmation", note: null, noteFr: null, unit: "ships", unitFr: null };
    expect(translationMissing(record, ["title", "claim", "note", "unit"])).toEqual(["title", "unit"]);
  });

  it("is empty for a fully translated record", () => {
    expect(translationMissing(indicator, ["title"])).toEqual([]);
  });
});

describe("frenchField", () => {
  it("names the French twin of a field", () => {
    expect(frenchField("correctionNote")).toBe("correctionNoteFr");
  });
});
