import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/rules/periods";

const iso = (date: Date) => date.toISOString().slice(0, 10);
const read = (text: string) => {
  const period = parsePeriod(text);
  return period && { kind: period.kind, label: period.label, start: iso(period.start), end: iso(period.end) };
};

describe("parsePeriod", () => {
  it("reads years, fiscal years, quarters, months and days", () => {
    expect(read("2025")).toEqual({ kind: "YEAR", label: "2025", start: "2025-01-01", end: "2025-12-31" });
    expect(read("FY2024-25")).toEqual({ kind: "FISCAL_YEAR", label: "FY2024-25", start: "2024-04-01", end: "2025-03-31" });
    expect(read("fy 2024/2025")).toEqual({ kind: "FISCAL_YEAR", label: "FY2024-25", start: "2024-04-01", end: "2025-03-31" });
    expect(read("2025-Q3")).toEqual({ kind: "QUARTER", label: "2025-Q3", start: "2025-07-01", end: "2025-09-30" });
    expect(read("2024-02")).toEqual({ kind: "MONTH", label: "2024-02", start: "2024-02-01", end: "2024-02-29" });
    expect(read(" 2025-03-31 ")).toEqual({ kind: "DAY", label: "2025-03-31", start: "2025-03-31", end: "2025-03-31" });
  });

  it("refuses what is not a period", () => {
    for (const text of [
      "",
      "25",
      "2025-13",
      "2025-02-30",
      "2025-Q5",
      "FY2024-26",
      "FY2024-2026",
      "1899",
      "2201",
      "2025-1",
      "last year",
      "2025.5",
    ]) {
      expect(parsePeriod(text), text).toBeNull();
    }
  });
});
