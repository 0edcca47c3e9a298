import { describe, expect, it } from "vitest";
import { formatDate, formatMoment } from "./dates";

describe("dates in each language", () => {
  it("writes days, months and moments as each language does", () => {
    const day = new Date("2026-11-30T19:40:00Z");
    expect(formatDate(day)).toBe("November 30, 2026");
    expect(formatDate(day, "DAY", "fr-CA")).toBe("30 novembre 2026");
    expect(formatDate(day, "MONTH", "fr-CA")).toBe("novembre 2026");
    expect(formatMoment(day)).toBe("November 30, 2026 at 19:40 UTC");
    expect(formatMoment(day, "fr-CA")).toBe("30 novembre 2026 à 19 h 40 UTC");
  });

  it("writes the first of a month as an ordinal in French (1er), and only the first", () => {
    const first = new Date("2026-12-01T02:14:00Z");
    expect(formatDate(first, "DAY", "fr-CA")).toBe("1er décembre 2026");
    expect(formatMoment(first, "fr-CA")).toBe("1er décembre 2026 à 02 h 14 UTC");
    expect(formatDate(first)).toBe("December 1, 2026");
    expect(formatDate(new Date("2026-12-11T00:00:00Z"), "DAY", "fr-CA")).toBe("11 décembre 2026");
    expect(formatDate(first, "MONTH", "fr-CA")).toBe("décembre 2026");
  });
});
