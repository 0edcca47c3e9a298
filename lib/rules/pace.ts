// Pace: from the latest delivered value of a metric, is it on course for its next target? One rule,
// printed on /methodology (PACE_RULE), computed here and nowhere else; pure, tested in
// lib/rules/pace.test.ts. Pace informs editors and readers; it never changes a status or a verdict.

import { labels } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";

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
/** The states' names, in English (messages/<locale>/labels.json "pace" has both languages). */
export const PACE_LABELS: Record<Pace["state"], string> = labels().pace;

/** The rule as /methodology prints it, paragraph by paragraph (labels.json "paceRule"). */
export const paceRule = (locale?: Locale) => Object.values(labels(locale).paceRule);
export const PACE_RULE = paceRule();

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
