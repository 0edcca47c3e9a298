import { describe, expect, it } from "vitest";
import { observationItemTitle, revisionTitle, shortValue, valueTitle } from "@/lib/feeds/observation-titles";

const percent = { unit: "% of GDP", unitKind: "PERCENT" as const, decimals: 1 };
const money = { unit: "CAD billions (2024 dollars)", unitKind: "CURRENCY" as const, decimals: 2 };
const delivered = { periodLabel: "2025", stage: "DELIVERED" as const, estimate: false };

describe("feed titles of recorded values", () => {
  it("a new value: an arrow from the previous value, none without one", () => {
    expect(valueTitle("Defence spending", { ...delivered, value: 2, estimate: true }, percent, 1.4)).toBe(
      "Defence spending: 1.4% → 2.0% of GDP (2025, estimate)",
    );
    expect(valueTitle("Defence spending", { ...delivered, value: 2 }, percent, null)).toBe("Defence spending: 2.0% of GDP (2025)");
    expect(valueTitle("Aid", { ...delivered, value: 12.5, stage: "PLEDGED", periodLabel: "FY2025-26" }, money, 9)).toBe(
      "Aid: 9.00 → 12.50 CAD billions (2024 dollars) (FY2025-26, pledged)",
    );
    expect(valueTitle("Balance", { ...delivered, value: -0.5 }, { ...money, unit: "", decimals: 1 }, 0)).toBe("Balance: 0.0 → -0.5 (2025)");
  });

  it("a revision: the value it replaces, then the new one", () => {
    expect(revisionTitle("Defence spending", { ...delivered, value: 2 }, percent, 2.1)).toBe(
      "Defence spending, 2025 revised: 2.1% → 2.0% of GDP",
    );
    expect(revisionTitle("Aid", { ...delivered, value: 3, stage: "ALLOCATED", estimate: true }, money, 4)).toBe(
      "Aid, 2025 (allocated, estimate) revised: 4.00 → 3.00 CAD billions (2024 dollars)",
    );
  });

  it("corrections, retractions and values since replaced are marked as status changes' items are", () => {
    expect(observationItemTitle("value", "current", "T")).toBe("T");
    expect(observationItemTitle("value", "revised", "T")).toBe("[Revised] T");
    expect(observationItemTitle("value", "corrected", "T")).toBe("[Corrected] T");
    expect(observationItemTitle("value", "retracted", "T")).toBe("[Retracted] T");
    expect(observationItemTitle("correction", "current", "T")).toBe("Correction: T");
    expect(observationItemTitle("correction", "retracted", "T")).toBe("[Retracted] Correction: T");
    expect(observationItemTitle("retraction", "retracted", "T")).toBe("Retraction: T");
  });

  it("the left side of an arrow keeps a percent sign only", () => {
    expect(shortValue(1.25, { ...percent, decimals: 2 })).toBe("1.25%");
    expect(shortValue(1234, { ...money, decimals: 0 })).toBe("1,234");
  });
});

describe("feed titles of recorded values, in French", () => {
  const fr = "fr-CA" as const;
  const nbsp = "\u00A0";

  it("numbers, percent signs and colons as Quebec writes them", () => {
    expect(valueTitle("Dépenses de défense", { ...delivered, value: 2, estimate: true }, { ...percent, unit: "% du PIB" }, 1.4, fr)).toBe(
      `Dépenses de défense${nbsp}: 1,4${nbsp}% → 2,0${nbsp}% du PIB (2025, estimation)`,
    );
    expect(
      valueTitle("Navires", { ...delivered, value: 1234, stage: "PLEDGED" }, { ...money, unit: "navires", decimals: 0 }, null, fr),
    ).toBe(`Navires${nbsp}: 1${nbsp}234${nbsp}navires (2025, promis)`);
  });

  it("a revision, and the markers", () => {
    expect(revisionTitle("Aide", { ...delivered, value: 3, stage: "ALLOCATED", estimate: true }, money, 4, fr)).toBe(
      `Aide, 2025 (affecté, estimation), valeur révisée${nbsp}: 4,00 → 3,00${nbsp}CAD billions (2024 dollars)`,
    );
    expect(observationItemTitle("value", "revised", "T", fr)).toBe("[Révisé] T");
    expect(observationItemTitle("correction", "retracted", "T", fr)).toBe(`[Retiré] Correction${nbsp}: T`);
    expect(observationItemTitle("retraction", "retracted", "T", fr)).toBe(`Retrait${nbsp}: T`);
    expect(shortValue(1.25, { ...percent, decimals: 2 }, fr)).toBe(`1,25${nbsp}%`);
  });
});
