import { describe, expect, it } from "vitest";
import { isEffectiveObservation } from "@/lib/rules/metrics";
import { observationState, type ObservationState } from "@/lib/rules/observation-state";

type Row = {
  retractedAt: Date | null;
  corrections: { id: number; retractedAt: Date | null }[];
  revisions: { id: number; retractedAt: Date | null }[];
};
const at = new Date("2026-01-01T00:00:00Z");
const base: Row = { retractedAt: null, corrections: [], revisions: [] };

describe("observationState", () => {
  it("names each state, retraction first, then correction, then revision; only current counts", () => {
    const cases: [Row, ObservationState][] = [
      [base, "current"],
      [{ ...base, revisions: [{ id: 2, retractedAt: null }] }, "revised"],
      [{ ...base, revisions: [{ id: 2, retractedAt: at }] }, "current"],
      [{ ...base, corrections: [{ id: 3, retractedAt: null }], revisions: [{ id: 2, retractedAt: null }] }, "corrected"],
      [{ ...base, corrections: [{ id: 3, retractedAt: at }] }, "current"],
      [{ ...base, retractedAt: at, corrections: [{ id: 3, retractedAt: null }] }, "retracted"],
    ];
    for (const [observation, state] of cases) {
      expect(observationState(observation)).toBe(state);
      expect(isEffectiveObservation(observation)).toBe(state === "current");
    }
  });
});
