import { describe, expect, it } from "vitest";
import { fieldText } from "@/lib/i18n/localized";
import { describeObservation, formatValue, valueProblem } from "@/lib/rules/metrics";

const percent = { unit: "% of GDP", unitKind: "PERCENT" as const, decimals: 1 };
const ships = { unit: "ships", unitKind: "COUNT" as const, decimals: 0 };

describe("valueProblem", () => {
  it("accepts numbers the unit allows", () => {
    for (const text of ["2", "2.0", " 0.5 ", "100", "0"]) expect(valueProblem(text, percent), text).toBeNull();
    expect(valueProblem("-3", { ...ships, unitKind: "OTHER" })).toBeNull();
  });
  it("names what is wrong by its message key, parsing no text", () => {
    expect(valueProblem("two", percent)).toEqual({ key: "number" });
    expect(valueProblem("1,5", percent)).toEqual({ key: "number" });
    expect(valueProblem("1e3", percent)).toEqual({ key: "number" });
    expect(valueProblem("2.05", percent)).toEqual({ key: "decimalsForMetric", values: { decimals: 1 } });
    expect(valueProblem("3.5", ships)).toEqual({ key: "wholeForMetric" });
    expect(valueProblem("100.1", percent)).toEqual({ key: "percent" });
    expect(valueProblem("-0.1", percent)).toEqual({ key: "percent" });
    expect(valueProblem("1".repeat(19), ships)).toEqual({ key: "tooLarge" });
  });
  it("reads as editors have always seen it, in both languages", () => {
    const say = (
      text: string,
      metric: typeof percent | typeof ships,
      label: "value" | "targetValue" = "value",
      locale: "en-CA" | "fr-CA" = "en-CA",
    ) => {
      const problem = valueProblem(text, metric);
      return problem && fieldText(problem.key, label, problem.values, locale);
    };
    expect(say("two", percent)).toBe("Value must be a number, like 2.5 (a point for decimals, no thousands separators).");
    expect(say("2.05", percent)).toBe("Value has at most 1 decimal for this metric.");
    expect(say("2.055", { ...percent, decimals: 2 }, "targetValue")).toBe("Target value has at most 2 decimals for this metric.");
    expect(say("3.5", ships)).toBe("Value must be a whole number for this metric.");
    expect(say("100.1", percent)).toBe("Value is a percentage: between 0 and 100.");
    expect(say("1".repeat(19), ships)).toBe("Value is too large.");
    expect(say("2.05", percent, "value", "fr-CA")).toMatch(/1 décimale au plus pour cette mesure/);
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
