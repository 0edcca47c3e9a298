// The six statuses, the derived "overdue" flag and the verdict rule. Pure functions, no database:
// the board, the prediction pages, the feeds and /methodology all read from here, and
// lib/rules/status.test.ts checks every case of the rule.
import { Status } from "@/lib/generated/prisma/enums";
import { formatDate, toIsoDate, todayIso } from "@/lib/text/dates";
import { labels } from "@/lib/i18n/labels";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/content";
import { translator } from "@/lib/i18n/translator";

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

/** An indicator as a reason names it: its title, and its French title when there is one. */
export type NamedIndicator = { title: string; titleFr?: string | null };

export type VerdictInput = {
  horizonOn: Date | null;
  indicators: (Dated & NamedIndicator)[];
};

/**
 * Why a verdict applies, as data: pages and the open data put it into words in their language
 * (verdictReasonText here, components/verdict-reasons.tsx; messages/<locale>/verdict.json "reason").
 */
export type VerdictReason =
  | { kind: "noIndicators" }
  | { kind: "allAchieved"; count: number }
  | { kind: "abandoned" | "stalled" | "overdue" | "notRated"; indicators: NamedIndicator[] }
  | { kind: "horizonPassed"; horizonOn: Date; indicators: NamedIndicator[] }
  | { kind: "allRated" };

export type VerdictResult = { verdict: Verdict; reasons: VerdictReason[] };

const named = (list: NamedIndicator[]): NamedIndicator[] => list.map(({ title, titleFr }) => ({ title, titleFr: titleFr ?? null }));

/**
 * The verdict of a prediction, from its indicators, its horizon and today's date. The rules are
 * checked in this order and the first that applies wins (explained on /methodology):
 *   Conditions met > Conditions failed > At risk > On track > Not yet rated.
 * `reasons` says which indicators made the rule apply, for display next to the verdict.
 */
export function computeVerdict(prediction: VerdictInput, today: string = todayIso()): VerdictResult {
  const { indicators } = prediction;

  if (indicators.length === 0) {
    return { verdict: "NOT_YET_RATED", reasons: [{ kind: "noIndicators" }] };
  }
  if (indicators.every((indicator) => indicator.status === "ACHIEVED")) {
    return { verdict: "CONDITIONS_MET", reasons: [{ kind: "allAchieved", count: indicators.length }] };
  }

  const abandoned = indicators.filter((indicator) => indicator.status === "ABANDONED");
  const horizonPassed = prediction.horizonOn !== null && toIsoDate(prediction.horizonOn) < today;
  if (abandoned.length > 0 || horizonPassed) {
    const reasons: VerdictReason[] = [];
    if (abandoned.length > 0) reasons.push({ kind: "abandoned", indicators: named(abandoned) });
    if (horizonPassed) {
      const open = indicators.filter((indicator) => indicator.status !== "ACHIEVED");
      reasons.push({ kind: "horizonPassed", horizonOn: prediction.horizonOn!, indicators: named(open) });
    }
    return { verdict: "CONDITIONS_FAILED", reasons };
  }

  const stalled = indicators.filter((indicator) => indicator.status === "STALLED");
  const overdue = indicators.filter((indicator) => isOverdue(indicator, today));
  if (stalled.length > 0 || overdue.length > 0) {
    const reasons: VerdictReason[] = [];
    if (stalled.length > 0) reasons.push({ kind: "stalled", indicators: named(stalled) });
    if (overdue.length > 0) reasons.push({ kind: "overdue", indicators: named(overdue) });
    return { verdict: "AT_RISK", reasons };
  }

  const unrated = indicators.filter((indicator) => indicator.status === "NOT_YET_RATED");
  if (unrated.length === 0) {
    return { verdict: "ON_TRACK", reasons: [{ kind: "allRated" }] };
  }
  return { verdict: "NOT_YET_RATED", reasons: [{ kind: "notRated", indicators: named(unrated) }] };
}

/** What the verdict rule counted; the same for every step, whose words pick what it checks. */
export type VerdictCounts = {
  total: number;
  achieved: number;
  abandoned: number;
  stalled: number;
  overdue: number;
  unrated: number;
  horizonOn: Date | null;
  horizonPassed: boolean;
};

export type VerdictStep = { verdict: Verdict; applies: boolean; counts: VerdictCounts };

/**
 * The verdict rule applied step by step, for the prediction page: each rule in order, whether it
 * applies to these indicators, and what was counted (verdictCheckText puts it into words). The
 * first step that applies is the verdict computeVerdict returns (lib/rules/status.test.ts checks
 * they agree on every combination).
 */
export function explainVerdict(prediction: VerdictInput, today: string = todayIso()): VerdictStep[] {
  const { indicators } = prediction;
  const count = (status: Status) => indicators.filter((indicator) => indicator.status === status).length;
  const horizon = prediction.horizonOn ? toIsoDate(prediction.horizonOn) : null;
  const counts: VerdictCounts = {
    total: indicators.length,
    achieved: count("ACHIEVED"),
    abandoned: count("ABANDONED"),
    stalled: count("STALLED"),
    overdue: indicators.filter((indicator) => isOverdue(indicator, today)).length,
    unrated: count("NOT_YET_RATED"),
    horizonOn: prediction.horizonOn,
    horizonPassed: horizon !== null && horizon < today,
  };
  const n = counts.total;
  return [
    { verdict: "CONDITIONS_MET", applies: n > 0 && counts.achieved === n, counts },
    { verdict: "CONDITIONS_FAILED", applies: n > 0 && (counts.abandoned > 0 || counts.horizonPassed), counts },
    { verdict: "AT_RISK", applies: n > 0 && (counts.stalled > 0 || counts.overdue > 0), counts },
    { verdict: "ON_TRACK", applies: n > 0 && counts.unrated === 0, counts },
    { verdict: "NOT_YET_RATED", applies: true, counts },
  ];
}

/** What a step of the rule checked, in words: "2 of 3 indicators Achieved." */
export function verdictCheckText(step: VerdictStep, locale: Locale = DEFAULT_LOCALE): string {
  const { horizonOn, horizonPassed, ...numbers } = step.counts;
  return translator(locale)(`verdict.check.${step.verdict}`, {
    ...numbers,
    rated: numbers.total - numbers.unrated,
    horizonState: horizonOn ? (horizonPassed ? "passed" : "ahead") : "none",
    horizonDate: horizonOn ? formatDate(horizonOn, "DAY", locale) : "",
  });
}

/** An indicator's title as a reason quotes it: French when there is one, else the English original (marked pending). */
export const reasonTitle = (indicator: NamedIndicator, locale: Locale) => localized(indicator, "title", locale);

/** The plain values of a reason's words; its indicators' titles fill its <titles></titles>. */
export function reasonValues(reason: VerdictReason, locale: Locale = DEFAULT_LOCALE) {
  return {
    count: reason.kind === "allAchieved" ? reason.count : 0,
    horizon: reason.kind === "horizonPassed" ? formatDate(reason.horizonOn, "DAY", locale) : "",
  };
}

/** A reason in words, for the open data and other plain text: "Stalled: “Arctic”, “Navy”." */
export function verdictReasonText(reason: VerdictReason, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale);
  const titles = () =>
    "indicators" in reason
      ? reason.indicators.map((indicator) => t("verdict.quoted", { title: reasonTitle(indicator, locale).text })).join(", ")
      : "";
  return t.markup(`verdict.reason.${reason.kind}`, { ...reasonValues(reason, locale), titles });
}
