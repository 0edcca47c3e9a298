import { describe, expect, it } from "vitest";
import { isEffectiveObservation } from "@/lib/rules/metrics";
import { observationState } from "@/lib/rules/observation-state";

const at = new Date("2026-01-01T00:00:00Z");
const base = { retractedAt: null, corrections: [], revisions: [] };

describe("observationState", () => {
  it("names each state, retraction first, then correction, then revision; only current counts", () => {
    const cases = [
      [base, "current"],
      [{ ...base, revisions: [{ id: 2, retractedAt: null }] }, "revised"],
      [{ ...base, revisions: [{ id: 2, retractedAt: at }] }, "current"],
      [{ ...base, corrections: [{ id: 3, retractedAt: null }], revisions: [{ id: 2, retractedAt: null }] }, "corrected"],
      [{ ...base, corrections: [{ id: 3, retractedAt: at }] }, "current"],
      [{ ...base, retractedAt: at, corrections: [{ id: 3, retractedAt: null }] }, "retracted"],
    ] as const;
    for (const [observation, state] of cases) {
      expect(observationState(observation)).toBe(state);
      expect(isEffectiveObservation(observation)).toBe(state === "current");
    }
  });
});
