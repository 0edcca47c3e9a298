// The six statuses, the derived "overdue" flag and the verdict rule. Pure functions, no database:
// the board, the prediction pages, the feeds and /methodology all read from here, and
// lib/rules/status.test.ts checks every case of the rule.
import { Status } from "@/lib/generated/prisma/enums";
import { formatDate, toIsoDate, todayIso } from "@/lib/text/dates";
import { labels } from "@/lib/i18n/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// The statuses themselves are the database's enum (prisma/schema.prisma), in its order, read from
// Prisma's generated client; their labels and definitions are messages/<locale>/labels.json.
export { Status };
export const STATUSES = Object.values(Status);

/** Each status's label and definition, in English (messages/<locale>/labels.json has both languages). */
export const STATUS_INFO: Record<Status, { label: string; definition: string }> = labels().status;

export function statusLabel(status: Status, locale: Locale = DEFAULT_LOCALE): string {
  return labels(locale).status[status].label;
}

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

type Dated = { status: Status; targetOn: Date | null };

/**
 * Overdue: the target date has passed (it is before today, UTC) and the indicator is not
 * Achieved. An Abandoned indicator is closed rather than late, so it is not flagged.
 */
export function isOverdue(indicator: Dated, today: string = todayIso()): boolean {
  if (!indicator.targetOn) return false;
  if (indicator.status === "ACHIEVED" || indicator.status === "ABANDONED") return false;
  return toIsoDate(indicator.targetOn) < today;
}

export const VERDICTS = ["CONDITIONS_MET", "CONDITIONS_FAILED", "AT_RISK", "ON_TRACK", "NOT_YET_RATED"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Each verdict's label and rule, in English (messages/<locale>/labels.json has both languages). */
export const VERDICT_INFO: Record<Verdict, { label: string; rule: string }> = labels().verdict;

export type VerdictInput = {
  horizonOn: Date | null;
  indicators: (Dated & { title: string })[];
};

export type VerdictResult = { verdict: Verdict; reasons: string[] };

/**
 * The verdict of a prediction, from its indicators, its horizon and today's date. The rules are
 * checked in this order and the first that applies wins (explained on /methodology):
 *   Conditions met > Conditions failed > At risk > On track > Not yet rated.
 * `reasons` says which indicators made the rule apply, for display next to the verdict.
 */
export function computeVerdict(prediction: VerdictInput, today: string = todayIso()): VerdictResult {
  const { indicators } = prediction;
  const titles = (list: { title: string }[]) => list.map((indicator) => `“${indicator.title}”`).join(", ");

  if (indicators.length === 0) {
    return { verdict: "NOT_YET_RATED", reasons: ["This prediction has no indicators yet."] };
  }
  if (indicators.every((indicator) => indicator.status === "ACHIEVED")) {
    return { verdict: "CONDITIONS_MET", reasons: [`All ${indicators.length} indicators are Achieved.`] };
  }

  const abandoned = indicators.filter((indicator) => indicator.status === "ABANDONED");
  const horizonPassed = prediction.horizonOn !== null && toIsoDate(prediction.horizonOn) < today;
  if (abandoned.length > 0 || horizonPassed) {
    const reasons: string[] = [];
    if (abandoned.length > 0) reasons.push(`Abandoned: ${titles(abandoned)}.`);
    if (horizonPassed) {
      const open = indicators.filter((indicator) => indicator.status !== "ACHIEVED");
      reasons.push(`The horizon (${formatDate(prediction.horizonOn!)}) has passed with ${titles(open)} not Achieved.`);
    }
    return { verdict: "CONDITIONS_FAILED", reasons };
  }

  const stalled = indicators.filter((indicator) => indicator.status === "STALLED");
  const overdue = indicators.filter((indicator) => isOverdue(indicator, today));
  if (stalled.length > 0 || overdue.length > 0) {
    const reasons: string[] = [];
    if (stalled.length > 0) reasons.push(`Stalled: ${titles(stalled)}.`);
    if (overdue.length > 0) reasons.push(`Overdue: ${titles(overdue)}.`);
    return { verdict: "AT_RISK", reasons };
  }

  const unrated = indicators.filter((indicator) => indicator.status === "NOT_YET_RATED");
  if (unrated.length === 0) {
    return { verdict: "ON_TRACK", reasons: ["Every indicator is rated; none is Abandoned, Stalled or overdue."] };
  }
  return { verdict: "NOT_YET_RATED", reasons: [`Not yet rated: ${titles(unrated)}.`] };
}

export type VerdictStep = { verdict: Verdict; applies: boolean; check: string };

/**
 * The verdict rule applied step by step, for the prediction page: each rule in order, whether it
 * applies to these indicators, and what was checked. The first step that applies is the verdict
 * computeVerdict returns (lib/rules/status.test.ts checks they agree on every combination).
 */
export function explainVerdict(prediction: VerdictInput, today: string = todayIso()): VerdictStep[] {
  const { indicators } = prediction;
  const count = (status: Status) => indicators.filter((indicator) => indicator.status === status).length;
  const overdue = indicators.filter((indicator) => isOverdue(indicator, today)).length;
  const horizon = prediction.horizonOn ? toIsoDate(prediction.horizonOn) : null;
  const horizonPassed = horizon !== null && horizon < today;
  const n = indicators.length;
  return [
    { verdict: "CONDITIONS_MET", applies: n > 0 && count("ACHIEVED") === n, check: `${count("ACHIEVED")} of ${n} indicators Achieved.` },
    {
      verdict: "CONDITIONS_FAILED",
      applies: n > 0 && (count("ABANDONED") > 0 || horizonPassed),
      check: `${count("ABANDONED")} Abandoned; ${horizon ? `horizon ${formatDate(prediction.horizonOn!)} ${horizonPassed ? "has passed" : "not yet reached"}` : "no horizon date"}.`,
    },
    {
      verdict: "AT_RISK",
      applies: n > 0 && (count("STALLED") > 0 || overdue > 0),
      check: `${count("STALLED")} Stalled, ${overdue} overdue.`,
    },
    {
      verdict: "ON_TRACK",
      applies: n > 0 && count("NOT_YET_RATED") === 0,
      check: `${n - count("NOT_YET_RATED")} of ${n} indicators rated.`,
    },
    { verdict: "NOT_YET_RATED", applies: true, check: n === 0 ? "No indicators yet." : `${count("NOT_YET_RATED")} not yet rated.` },
  ];
}
