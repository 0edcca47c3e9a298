import { describe, expect, it } from "vitest";
import { describeObservation, formatValue, valueProblem } from "@/lib/rules/metrics";

const percent = { unit: "% of GDP", unitKind: "PERCENT" as const, decimals: 1 };
const ships = { unit: "ships", unitKind: "COUNT" as const, decimals: 0 };

describe("valueProblem", () => {
  it("accepts numbers the unit allows", () => {
    for (const text of ["2", "2.0", " 0.5 ", "100", "0"]) expect(valueProblem(text, percent), text).toBeNull();
    expect(valueProblem("-3", { ...ships, unitKind: "OTHER" })).toBeNull();
  });
  it("says what is wrong", () => {
    expect(valueProblem("two", percent)).toMatch(/must be a number/);
    expect(valueProblem("1,5", percent)).toMatch(/must be a number/);
    expect(valueProblem("1e3", percent)).toMatch(/must be a number/);
    expect(valueProblem("2.05", percent)).toMatch(/at most 1 decimal for/);
    expect(valueProblem("3.5", ships)).toMatch(/whole number/);
    expect(valueProblem("100.1", percent)).toMatch(/between 0 and 100/);
    expect(valueProblem("-0.1", percent)).toMatch(/between 0 and 100/);
    expect(valueProblem("1".repeat(19), ships)).toMatch(/too large/);
  });
});

describe("formatValue and describeObservation", () => {
  it("write the value at the metric's decimals with its unit", () => {
    expect(formatValue(2, percent)).toBe("2.0% of GDP");
    expect(formatValue(1234, ships)).toBe("1,234 ships");
    expect(describeObservation({ value: 2, periodLabel: "2025", stage: "DELIVERED", estimate: true }, percent)).toBe(
      "2.0% of GDP, 2025 (estimate)",
    );
    expect(describeObservation({ value: 5, periodLabel: "2035", stage: "PLEDGED", estimate: false }, percent)).toBe(
      "5.0% of GDP, 2035 (pledged)",
    );
  });

  it("write French numbers and a non-breaking space before the unit, percent sign included", () => {
    const pourcent = { ...percent, unit: "% du PIB" };
    expect(formatValue(1.8, pourcent, "fr-CA")).toBe("1,8\u00a0% du PIB");
    expect(formatValue(2, { ...percent, unit: "%" }, "fr-CA")).toBe("2,0\u00a0%");
    expect(formatValue(1234, { ...ships, unit: "navires" }, "fr-CA")).toBe("1\u00a0234\u00a0navires");
    expect(formatValue(1234, { ...ships, unit: "" }, "fr-CA")).toBe("1\u00a0234");
    expect(describeObservation({ value: 2, periodLabel: "2025", stage: "DELIVERED", estimate: true }, pourcent, "fr-CA")).toBe(
      "2,0\u00a0% du PIB, 2025 (estimation)",
    );
    expect(describeObservation({ value: 5, periodLabel: "2035", stage: "PLEDGED", estimate: true }, pourcent, "fr-CA")).toBe(
      "5,0\u00a0% du PIB, 2035 (promis, estimation)",
    );
  });
});
