import { describe, expect, it } from "vitest";
import { computePace, type PacePoint, type PaceTarget } from "@/lib/rules/pace";
import { describeChart, describePace, describeTarget, valuesLabel } from "@/lib/rules/progress-text";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const percent = { unit: "% of GDP", unitKind: "PERCENT" as const, decimals: 1, title: "Spending (fictional)" };
const target = (id: number, value: number, due: string, committed: string): PaceTarget => ({
  id,
  value,
  dueOn: day(due),
  committedOn: day(committed),
  label: "",
});
const year = (y: number, value: number): PacePoint => ({ value, periodEnd: day(`${y}-12-31`) });
const periodOf = (point: PacePoint) => String(point.periodEnd.getUTCFullYear());

describe("describeTarget", () => {
  it("gives the value in the metric's unit and the due date", () => {
    expect(describeTarget(target(1, 3.5, "2035-12-31", "2025-06-25"), percent)).toBe("3.5% of GDP by December 31, 2035");
  });
});

describe("describePace", () => {
  const two = target(1, 2, "2024-12-31", "2023-12-31");

  it("shows the working of the straight line: baseline, target, value needed and latest", () => {
    const pace = computePace({ direction: "HIGHER", targets: [two], delivered: [year(2022, 1.0), year(2023, 1.4), year(2024, 1.5)] });
    // 2024 is the target's own year: at its end the line needs the target itself, so the metric missed it.
    expect(describePace(pace, percent, periodOf)?.label).toBe("Target missed");
    const later = target(2, 2, "2025-12-31", "2023-12-31");
    const behind = computePace({ direction: "HIGHER", targets: [later], delivered: [year(2023, 1.4), year(2024, 1.5)] });
    expect(describePace(behind, percent, periodOf)).toEqual({
      label: "Behind pace",
      explanation:
        "A straight line from 1.4% of GDP (2023) to 2.0% of GDP by December 31, 2025 needed 1.7% of GDP by the end of 2024; " +
        "the latest delivered value is 1.5% of GDP.",
    });
  });

  it("adds a decimal when the value needed would read as equal to the latest", () => {
    const later = target(2, 2, "2025-12-31", "2023-12-31");
    // The line needs about 1.70 at the end of 2024; 1.68 reads as 1.7 at one decimal.
    const pace = computePace({ direction: "HIGHER", targets: [later], delivered: [year(2023, 1.4), year(2024, 1.68)] });
    expect(describePace(pace, percent, periodOf)?.explanation).toContain("needed 1.70% of GDP by the end of 2024");
  });

  it("says what each other state means, and nothing without a target", () => {
    const due = target(1, 3.5, "2035-12-31", "2025-06-25");
    expect(describePace(computePace({ direction: "HIGHER", targets: [], delivered: [] }), percent, periodOf)).toBeNull();
    expect(describePace(computePace({ direction: "HIGHER", targets: [due], delivered: [] }), percent, periodOf)).toEqual({
      label: "No delivered values yet",
      explanation: "With no delivered value recorded, pace toward 3.5% of GDP by December 31, 2035 cannot be worked out.",
    });
    expect(
      describePace(computePace({ direction: "HIGHER", targets: [due], delivered: [year(2034, 3.6)] }), percent, periodOf)?.explanation,
    ).toBe("The latest delivered value, 3.6% of GDP (2034), meets every target, the last of them 3.5% of GDP by December 31, 2035.");
    expect(describePace(computePace({ direction: "HIGHER", targets: [due], delivered: [year(2026, 2.4)] }), percent, periodOf)?.label).toBe(
      "Too early to say",
    );
  });
});

describe("describeChart", () => {
  it("says in words what the chart draws: latest values by stage, targets and pace", () => {
    const due = target(1, 3.5, "2035-12-31", "2025-06-25");
    const delivered = [year(2024, 2.0), year(2025, 2.1)];
    const text = describeChart({
      metric: percent,
      latest: {
        DELIVERED: { value: 2.1, periodLabel: "2025", stage: "DELIVERED", estimate: true },
        PLEDGED: { value: 3, periodLabel: "2027", stage: "PLEDGED", estimate: false },
      },
      targets: [due],
      pace: computePace({ direction: "HIGHER", targets: [due], delivered }),
      periodOf,
      firstDelivered: "2024",
    });
    expect(text).toBe(
      "Spending (fictional), delivered values from 2024. Latest delivered: 2.1% of GDP, 2025 (estimate). Latest pledged: 3.0% of GDP, 2027 (pledged). " +
        "Target: 3.5% of GDP by December 31, 2035. Behind pace. A straight line from 2.0% of GDP (2024) to 3.5% of GDP by December 31, 2035 " +
        "needed 2.14% of GDP by the end of 2025; the latest delivered value is 2.1% of GDP.",
    );
    expect(describeChart({ metric: percent, latest: {}, targets: [], pace: { state: "no-target" }, periodOf, firstDelivered: null })).toBe(
      "Spending (fictional): no values recorded yet. No target.",
    );
  });

  it("counts values", () => {
    expect(valuesLabel(1)).toBe("1 value");
    expect(valuesLabel(10000)).toBe("10,000 values");
    expect(valuesLabel(1, "fr-CA")).toBe("1 valeur");
    expect(valuesLabel(10000, "fr-CA")).toBe("10\u00a0000 valeurs");
  });
});

describe("in French", () => {
  const pourcent = { ...percent, unit: "% du PIB", title: "Dépenses (fictif)" };
  const due = target(1, 3.5, "2035-12-31", "2025-06-25");

  it("writes targets, the pace and the chart's words in French, numbers included", () => {
    expect(describeTarget(due, pourcent, "fr-CA")).toBe("3,5\u00a0% du PIB d’ici le 31 décembre 2035");
    const later = target(2, 2, "2025-12-31", "2023-12-31");
    const behind = computePace({ direction: "HIGHER", targets: [later], delivered: [year(2023, 1.4), year(2024, 1.5)] });
    expect(describePace(behind, pourcent, periodOf, "fr-CA")).toEqual({
      label: "En retard sur le rythme",
      explanation:
        "Une ligne droite allant de 1,4\u00a0% du PIB (2023) à 2,0\u00a0% du PIB d’ici le 31 décembre 2025 exigeait 1,7\u00a0% du PIB " +
        "à la fin de 2024; la plus récente valeur réalisée est de 1,5\u00a0% du PIB.",
    });
    const text = describeChart({
      metric: pourcent,
      latest: { DELIVERED: { value: 2.1, periodLabel: "2025", stage: "DELIVERED", estimate: false } },
      targets: [due],
      pace: computePace({ direction: "HIGHER", targets: [due], delivered: [year(2025, 2.1)] }),
      periodOf,
      firstDelivered: "2025",
      locale: "fr-CA",
    });
    expect(text).toBe(
      "Dépenses (fictif), valeurs réalisées depuis 2025. Dernière valeur (réalisé)\u00a0: 2,1\u00a0% du PIB, 2025. " +
        "Cible\u00a0: 3,5\u00a0% du PIB d’ici le 31 décembre 2035. Trop tôt pour se prononcer. Une seule valeur réalisée, 2,1\u00a0% du PIB (2025), " +
        "compte pour la cible de 3,5\u00a0% du PIB d’ici le 31 décembre 2035\u00a0: il en faut une plus récente pour calculer le rythme.",
    );
  });
});
