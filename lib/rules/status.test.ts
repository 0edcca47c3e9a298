import { describe, expect, it } from "vitest";
import {
  computeVerdict,
  explainVerdict,
  isOverdue,
  isStatus,
  STATUSES,
  STATUS_INFO,
  statusLabel,
  VERDICT_INFO,
  verdictCheckText,
  verdictReasonText,
  type Status,
  type Verdict,
} from "@/lib/rules/status";

const today = "2026-06-15";
const past = new Date("2026-06-14T00:00:00Z");
const sameDay = new Date("2026-06-15T00:00:00Z");
const future = new Date("2026-06-16T00:00:00Z");

const indicator = (status: Status, targetOn: Date | null = null, title: string = status) => ({ status, targetOn, title });

describe("status labels", () => {
  it("has exactly the six public statuses, in order, with their labels", () => {
    expect(STATUSES.map((status) => statusLabel(status))).toEqual([
      "Not yet rated",
      "In progress",
      "Stalled",
      "Partially achieved",
      "Achieved",
      "Abandoned",
    ]);
  });

  it("gives every status a one-line definition", () => {
    for (const status of STATUSES) {
      expect(STATUS_INFO[status].definition).toMatch(/^[A-Z].+\.$/);
      expect(STATUS_INFO[status].definition).not.toContain("\n");
    }
  });

  it("recognises status values and rejects others", () => {
    expect(isStatus("STALLED")).toBe(true);
    expect(isStatus("OVERDUE")).toBe(false);
    expect(isStatus("stalled")).toBe(false);
    expect(isStatus(undefined)).toBe(false);
  });

  it("labels the five verdicts", () => {
    expect(Object.values(VERDICT_INFO).map((v) => v.label)).toEqual([
      "Conditions met",
      "Conditions failed",
      "At risk",
      "On track",
      "Not yet rated",
    ]);
  });
});

describe("isOverdue", () => {
  it("is false without a target date", () => {
    for (const status of STATUSES) expect(isOverdue(indicator(status), today)).toBe(false);
  });

  it("is true once the target date has passed and the indicator is open", () => {
    for (const status of ["NOT_YET_RATED", "IN_PROGRESS", "STALLED", "PARTIALLY_ACHIEVED"] as const) {
      expect(isOverdue(indicator(status, past), today)).toBe(true);
    }
  });

  it("is false on the target date itself and before it", () => {
    expect(isOverdue(indicator("IN_PROGRESS", sameDay), today)).toBe(false);
    expect(isOverdue(indicator("IN_PROGRESS", future), today)).toBe(false);
  });

  it("is never true for Achieved or Abandoned indicators", () => {
    expect(isOverdue(indicator("ACHIEVED", past), today)).toBe(false);
    expect(isOverdue(indicator("ABANDONED", past), today)).toBe(false);
  });
});

describe("computeVerdict", () => {
  const verdict = (statuses: (Status | [Status, Date])[], horizonOn: Date | null = null) =>
    computeVerdict(
      {
        horizonOn,
        indicators: statuses.map((s) => (Array.isArray(s) ? indicator(s[0], s[1]) : indicator(s))),
      },
      today,
    ).verdict;

  it("is Not yet rated for a prediction without indicators", () => {
    expect(verdict([])).toBe("NOT_YET_RATED");
    expect(verdict([], past)).toBe("NOT_YET_RATED");
  });

  it("is Conditions met when every indicator is Achieved, whatever the horizon", () => {
    expect(verdict(["ACHIEVED", "ACHIEVED", "ACHIEVED"])).toBe("CONDITIONS_MET");
    expect(verdict(["ACHIEVED"], past)).toBe("CONDITIONS_MET");
    expect(verdict([["ACHIEVED", past]])).toBe("CONDITIONS_MET");
  });

  it("is Conditions failed when any indicator is Abandoned", () => {
    expect(verdict(["ABANDONED", "ACHIEVED", "ACHIEVED"])).toBe("CONDITIONS_FAILED");
    expect(verdict(["ABANDONED", "STALLED", "NOT_YET_RATED"])).toBe("CONDITIONS_FAILED");
  });

  it("is Conditions failed when the horizon has passed without all Achieved", () => {
    expect(verdict(["ACHIEVED", "IN_PROGRESS"], past)).toBe("CONDITIONS_FAILED");
    expect(verdict(["NOT_YET_RATED"], past)).toBe("CONDITIONS_FAILED");
  });

  it("does not fail on the horizon date itself", () => {
    expect(verdict(["IN_PROGRESS"], sameDay)).toBe("ON_TRACK");
  });

  it("is At risk when an indicator is Stalled or overdue", () => {
    expect(verdict(["STALLED", "ACHIEVED"])).toBe("AT_RISK");
    expect(verdict(["STALLED", "NOT_YET_RATED"])).toBe("AT_RISK");
    expect(verdict([["IN_PROGRESS", past], "ACHIEVED"], future)).toBe("AT_RISK");
    expect(verdict([["NOT_YET_RATED", past], "NOT_YET_RATED"])).toBe("AT_RISK");
  });

  it("is On track when every indicator is rated and nothing is wrong", () => {
    expect(verdict(["IN_PROGRESS", "PARTIALLY_ACHIEVED", "ACHIEVED"])).toBe("ON_TRACK");
    expect(verdict([["IN_PROGRESS", future]], future)).toBe("ON_TRACK");
  });

  it("is Not yet rated when some indicator is unrated and nothing else applies", () => {
    expect(verdict(["NOT_YET_RATED", "IN_PROGRESS", "ACHIEVED"])).toBe("NOT_YET_RATED");
    expect(verdict(["NOT_YET_RATED", "NOT_YET_RATED", "NOT_YET_RATED"])).toBe("NOT_YET_RATED");
  });

  it("explains the verdict by naming the indicators that decided it", () => {
    const result = computeVerdict(
      { horizonOn: null, indicators: [indicator("STALLED", null, "Arctic"), indicator("IN_PROGRESS", past, "Navy")] },
      today,
    );
    expect(result).toEqual({
      verdict: "AT_RISK",
      reasons: [
        { kind: "stalled", indicators: [{ title: "Arctic", titleFr: null }] },
        { kind: "overdue", indicators: [{ title: "Navy", titleFr: null }] },
      ],
    });
    expect(result.reasons.map((reason) => verdictReasonText(reason))).toEqual(["Stalled: “Arctic”.", "Overdue: “Navy”."]);
  });

  it("puts the reasons into words in French, with French titles where there are some", () => {
    const result = computeVerdict(
      {
        horizonOn: past,
        indicators: [
          { ...indicator("ABANDONED", null, "Arctic"), titleFr: "Arctique" },
          indicator("IN_PROGRESS", null, "Navy"),
          indicator("ACHIEVED", null, "Budget"),
        ],
      },
      today,
    );
    expect(result.reasons.map((reason) => verdictReasonText(reason))).toEqual([
      "Abandoned: “Arctic”.",
      "The horizon (June 14, 2026) has passed with “Arctic”, “Navy” not Achieved.",
    ]);
    expect(result.reasons.map((reason) => verdictReasonText(reason, "fr-CA"))).toEqual([
      "Abandonné\u00a0: «\u00a0Arctique\u00a0».",
      "L’horizon (14 juin 2026) est passé, et ces indicateurs ne sont pas Atteints\u00a0: «\u00a0Arctique\u00a0», «\u00a0Navy\u00a0».",
    ]);
    expect(verdictReasonText({ kind: "allAchieved", count: 3 }, "fr-CA")).toBe("Les 3 indicateurs sont Atteints.");
  });

  it("says what each step of the rule checked, in both languages", () => {
    const steps = explainVerdict(
      { horizonOn: future, indicators: [indicator("STALLED"), indicator("ACHIEVED"), indicator("NOT_YET_RATED", past)] },
      today,
    );
    expect(steps.map((step) => verdictCheckText(step))).toEqual([
      "1 of 3 indicators Achieved.",
      "0 Abandoned; horizon June 16, 2026 not yet reached.",
      "1 Stalled, 1 overdue.",
      "2 of 3 indicators rated.",
      "1 not yet rated.",
    ]);
    expect(steps.map((step) => verdictCheckText(step, "fr-CA"))).toEqual([
      "1 indicateur Atteint sur 3.",
      "Abandonnés\u00a0: 0; horizon du 16 juin 2026 pas encore atteint.",
      "Au point mort\u00a0: 1, en retard\u00a0: 1.",
      "2 indicateurs évalués sur 3.",
      "Pas encore évalués\u00a0: 1.",
    ]);
    const none = explainVerdict({ horizonOn: null, indicators: [] }, today);
    expect(verdictCheckText(none[1])).toBe("0 Abandoned; no horizon date.");
    expect(verdictCheckText(none[4])).toBe("No indicators yet.");
    expect(verdictCheckText(none[4], "fr-CA")).toBe("Aucun indicateur pour l’instant.");
  });

  // Every combination of three indicators' statuses, with and without an overdue target on the
  // first, under no horizon, a future horizon and a past one, against the rule as the
  // methodology states it.
  it("follows the published rule for every combination of three indicators", () => {
    const horizons = [null, future, past];
    const targets = [null, past];
    let cases = 0;
    for (const a of STATUSES)
      for (const b of STATUSES)
        for (const c of STATUSES)
          for (const horizonOn of horizons)
            for (const target of targets) {
              const list = [indicator(a, target), indicator(b), indicator(c)];
              const all = (s: Status) => list.every((i) => i.status === s);
              const any = (s: Status) => list.some((i) => i.status === s);
              const overdue = target !== null && a !== "ACHIEVED" && a !== "ABANDONED";
              const horizonPassed = horizonOn === past;
              let expected: Verdict;
              if (all("ACHIEVED")) expected = "CONDITIONS_MET";
              else if (any("ABANDONED") || horizonPassed) expected = "CONDITIONS_FAILED";
              else if (any("STALLED") || overdue) expected = "AT_RISK";
              else if (!any("NOT_YET_RATED")) expected = "ON_TRACK";
              else expected = "NOT_YET_RATED";
              expect(computeVerdict({ horizonOn, indicators: list }, today).verdict, `${a},${b},${c},${horizonOn},${target}`).toBe(
                expected,
              );
              expect(explainVerdict({ horizonOn, indicators: list }, today).find((step) => step.applies)?.verdict).toBe(expected);
              cases++;
            }
    expect(cases).toBe(6 * 6 * 6 * 3 * 2);
  });
});
