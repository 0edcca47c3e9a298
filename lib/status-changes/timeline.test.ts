import { describe, expect, it } from "vitest";
import { daysPerStatus, statusSegments } from "@/lib/status-changes/timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("statusSegments", () => {
  it("is one Not yet rated segment, including today, when nothing was recorded", () => {
    expect(statusSegments(d("2026-01-01"), d("2026-01-10"), [])).toEqual([
      { status: "NOT_YET_RATED", from: d("2026-01-01"), to: d("2026-01-11"), days: 10 },
    ]);
  });

  it("follows the entries in effective-date order and merges repeated statuses", () => {
    const segments = statusSegments(d("2026-01-01"), d("2026-01-31"), [
      { toStatus: "STALLED", effectiveOn: d("2026-01-21"), id: 3 },
      { toStatus: "IN_PROGRESS", effectiveOn: d("2026-01-11"), id: 1 },
      { toStatus: "IN_PROGRESS", effectiveOn: d("2026-01-15"), id: 2 },
    ]);
    expect(segments.map((s) => [s.status, s.days])).toEqual([
      ["NOT_YET_RATED", 10],
      ["IN_PROGRESS", 10],
      ["STALLED", 11],
    ]);
    expect(daysPerStatus(segments)).toEqual([
      { status: "NOT_YET_RATED", days: 10 },
      { status: "IN_PROGRESS", days: 10 },
      { status: "STALLED", days: 11 },
    ]);
  });

  it("starts at an entry dated before tracking began, and orders same-day entries by id", () => {
    const segments = statusSegments(d("2026-02-01"), d("2026-02-02"), [
      { toStatus: "IN_PROGRESS", effectiveOn: d("2026-01-30"), id: 5 },
      { toStatus: "ACHIEVED", effectiveOn: d("2026-01-30"), id: 6 },
    ]);
    expect(segments.map((s) => [s.status, s.days])).toEqual([["ACHIEVED", 4]]);
  });
});

describe("downsample", () => {
  it("keeps short histories as they are and cuts long ones into at most the given number of slices", async () => {
    const { downsample } = await import("@/lib/status-changes/timeline");
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      toStatus: (i % 2 ? "STALLED" : "IN_PROGRESS") as "STALLED" | "IN_PROGRESS",
      effectiveOn: new Date(Date.UTC(2023, 0, 2 + i)),
      id: i + 1,
    }));
    const segments = statusSegments(d("2023-01-01"), d("2025-12-31"), entries);
    expect(segments.length).toBeGreaterThan(900);
    const drawn = downsample(segments, 100);
    expect(drawn.length).toBeLessThanOrEqual(100);
    expect(drawn[0].from).toEqual(segments[0].from);
    expect(drawn[drawn.length - 1].to).toEqual(segments[segments.length - 1].to);
    const short = segments.slice(0, 5);
    expect(downsample(short, 100)).toBe(short);
  });
});
