// Pace: from the latest delivered value of a metric, is it on course for its next target? One rule,
// printed on /methodology (PACE_RULE), computed here and nowhere else; pure, tested in
// lib/rules/pace.test.ts. Pace informs editors and readers; it never changes a status or a verdict.

export type Direction = "HIGHER" | "LOWER";
export type PaceTarget = { id: number; value: number; dueOn: Date; committedOn: Date; label: string };
export type PacePoint = { value: number; periodEnd: Date };

export type Pace =
  | { state: "no-target" }
  | { state: "no-data"; target: PaceTarget }
  | { state: "met"; target: PaceTarget; latest: PacePoint }
  | { state: "missed"; target: PaceTarget; latest: PacePoint }
  | { state: "too-early"; target: PaceTarget; latest: PacePoint }
  | { state: "on-pace" | "behind"; target: PaceTarget; latest: PacePoint; baseline: PacePoint; expected: number };

export const PACE_STATES = ["on-pace", "behind", "met", "missed", "too-early", "no-data", "no-target"] as const;

/** How pages, the admin and the chart name each pace. */
export const PACE_LABELS: Record<Pace["state"], string> = {
  "on-pace": "On pace",
  behind: "Behind pace",
  met: "Targets met",
  missed: "Target missed",
  "too-early": "Too early to say",
  "no-data": "No delivered values yet",
  "no-target": "No target",
};

export const PACE_RULE = [
  "Pace is worked out from delivered values only (estimates included, pledges and allocations not), and from the latest of them: the one for the period that ends last.",
  "The next target is the earliest-due target that the latest value does not meet (“meets” means at or above the target, or at or below it for a metric where lower is better). When the latest value meets every target, the metric has met its targets.",
  "When the next target's due date is no later than the end of the latest value's period, the target was missed.",
  "Otherwise the required path is a straight line from the baseline to the target on its due date. The baseline is the latest delivered value for a period that ended by the day the target was committed to, or, when there is none, the earliest delivered value. The metric is on pace when its latest value is on or beyond that line at the end of its period, and behind pace when it is short of it. With no value after the baseline it is too early to say.",
];

const DAY = 24 * 60 * 60 * 1000;

/** Whether `value` meets `target` for a metric whose better direction is `direction`. */
export const meets = (value: number, target: number, direction: Direction) => (direction === "HIGHER" ? value >= target : value <= target);

export function computePace({
  direction,
  targets,
  delivered,
}: {
  direction: Direction;
  targets: PaceTarget[];
  delivered: PacePoint[];
}): Pace {
  const byDue = [...targets].sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.id - b.id);
  if (byDue.length === 0) return { state: "no-target" };
  const byPeriod = [...delivered].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  const latest = byPeriod.at(-1);
  if (!latest) return { state: "no-data", target: byDue[0] };
  const target = byDue.find((candidate) => !meets(latest.value, candidate.value, direction));
  if (!target) return { state: "met", target: byDue.at(-1)!, latest };
  if (target.dueOn.getTime() <= latest.periodEnd.getTime()) return { state: "missed", target, latest };
  const before = byPeriod.filter((point) => point.periodEnd.getTime() <= target.committedOn.getTime()).at(-1);
  const baseline = before ?? byPeriod[0];
  if (baseline.periodEnd.getTime() >= latest.periodEnd.getTime()) return { state: "too-early", target, latest };
  const share =
    (latest.periodEnd.getTime() - baseline.periodEnd.getTime()) / Math.max(DAY, target.dueOn.getTime() - baseline.periodEnd.getTime());
  const expected = baseline.value + (target.value - baseline.value) * share;
  return { state: meets(latest.value, expected, direction) ? "on-pace" : "behind", target, latest, baseline, expected };
}
