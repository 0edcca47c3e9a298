import { describe, expect, it } from "vitest";
import { computePace, type PacePoint, type PaceTarget } from "@/lib/rules/pace";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const target = (id: number, value: number, due: string, committed = "2025-06-25"): PaceTarget => ({
  id,
  value,
  dueOn: day(due),
  committedOn: day(committed),
  label: `${value}`,
});
const year = (y: number, value: number): PacePoint => ({ value, periodEnd: day(`${y}-12-31`) });

describe("computePace", () => {
  const twoPercent = target(1, 2, "2023-07-11", "2023-07-11");
  const threeAndAHalf = target(2, 3.5, "2035-12-31");

  it("says so when there is no target, or no delivered value", () => {
    expect(computePace({ direction: "HIGHER", targets: [], delivered: [year(2024, 1)] }).state).toBe("no-target");
    expect(computePace({ direction: "HIGHER", targets: [threeAndAHalf], delivered: [] }).state).toBe("no-data");
  });

  it("is met when the latest value meets every target", () => {
    const pace = computePace({ direction: "HIGHER", targets: [twoPercent, threeAndAHalf], delivered: [year(2030, 2.5), year(2034, 3.6)] });
    expect(pace).toMatchObject({ state: "met", target: { id: 2 } });
  });

  it("is missed when the next target fell due before the end of the latest period", () => {
    const pace = computePace({ direction: "HIGHER", targets: [twoPercent, threeAndAHalf], delivered: [year(2023, 1.3), year(2024, 1.4)] });
    expect(pace).toMatchObject({ state: "missed", target: { id: 1 } });
  });

  it("draws a straight line from the baseline (the last value before the commitment) to the target", () => {
    // Baseline 2.0 at the end of 2024 (before the commitment of June 2025); 3.5 due at the end of 2035:
    // at the end of 2026 the line stands at 2.0 + 1.5 × 2/11 ≈ 2.27.
    const delivered = [year(2023, 1.5), year(2024, 2.0), year(2025, 2.1), year(2026, 2.3)];
    const onPace = computePace({ direction: "HIGHER", targets: [threeAndAHalf], delivered });
    expect(onPace.state).toBe("on-pace");
    if (onPace.state !== "on-pace") throw new Error();
    expect(onPace.baseline.value).toBe(2.0);
    expect(onPace.expected).toBeCloseTo(2.0 + (1.5 * (730 + 1)) / (4017 + 1), 1);
    const behind = computePace({ direction: "HIGHER", targets: [threeAndAHalf], delivered: [...delivered.slice(0, 3), year(2026, 2.2)] });
    expect(behind.state).toBe("behind");
  });

  it("takes the earliest value as the baseline when none came before the commitment, and waits for a second one", () => {
    const early = computePace({ direction: "HIGHER", targets: [threeAndAHalf], delivered: [year(2026, 2.4)] });
    expect(early.state).toBe("too-early");
    const later = computePace({ direction: "HIGHER", targets: [threeAndAHalf], delivered: [year(2026, 2.4), year(2027, 2.6)] });
    expect(later).toMatchObject({ state: "on-pace", baseline: { value: 2.4 } });
  });

  it("turns around for a metric where lower is better", () => {
    const falling = target(3, 10, "2030-12-31", "2024-01-01");
    expect(computePace({ direction: "LOWER", targets: [falling], delivered: [year(2023, 20), year(2025, 16)] }).state).toBe("on-pace");
    expect(computePace({ direction: "LOWER", targets: [falling], delivered: [year(2023, 20), year(2025, 19)] }).state).toBe("behind");
    expect(computePace({ direction: "LOWER", targets: [falling], delivered: [year(2023, 20), year(2025, 9)] }).state).toBe("met");
  });

  it("reads the latest value by its period, not by the order it was recorded in", () => {
    const pace = computePace({ direction: "HIGHER", targets: [threeAndAHalf], delivered: [year(2026, 2.3), year(2024, 2.0)] });
    expect(pace).toMatchObject({ latest: { value: 2.3 } });
  });
});
