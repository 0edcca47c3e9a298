// The one visibility rule for an indicator's history, used by the pages, the feeds and the API:
// every published entry stays visible; a retracted entry is shown as retracted and a corrected one
// as corrected, and neither ever counts as the current status. In SQL the same rule is the
// effective_status_changes view, through which lib/status-changes/writes.ts recomputes an
// indicator's status; tests/integration/effective-entries.test.ts checks that the two agree.
import type { Prisma } from "@/lib/generated/prisma/client";
import { statusLabel, type Status } from "@/lib/rules/status";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** What every view of an entry (timeline, feeds, API) loads with it. */
export const historyEntryInclude = {
  indicator: { select: { slug: true, title: true, updatedAt: true, prediction: { select: { slug: true } } } },
  author: { select: { name: true } },
  retractedBy: { select: { name: true } },
  evidence: { orderBy: { position: "asc" } },
  corrections: { select: { id: true, createdAt: true, retractedAt: true } },
} satisfies Prisma.StatusChangeInclude;

export type EntryState = "current" | "corrected" | "retracted";

type Entry = {
  retractedAt: Date | null;
  corrections: { id: number; retractedAt: Date | null }[];
};

/** The correction that stands for this entry (the newest unretracted one), if any. */
export function standingCorrection(entry: Entry) {
  return entry.corrections.find((correction) => !correction.retractedAt) ?? null;
}

export function entryState(entry: Entry): EntryState {
  if (entry.retractedAt) return "retracted";
  if (standingCorrection(entry)) return "corrected";
  return "current";
}

/** Whether an entry counts toward its indicator's status (the effective_status_changes view in SQL). */
export const isEffective = (entry: Entry) => entryState(entry) === "current";

/** Page n of an indicator's history (every entry, newest first); /indicators/<slug> shows the newest few. */
export const historyHref = (slug: string, page: number) => `/indicators/${slug}/history/${page}`;

/** The permanent address of an entry, whichever page of the history shows it now. */
export const changeHref = (slug: string, changeId: number) => `/indicators/${slug}/changes/${changeId}`;

/** "Arctic security: Not yet rated → In progress" ("Sécurité arctique : Pas encore évalué → En cours"), as feed items and page titles say it. */
export function transitionTitle(indicatorTitle: string, from: Status, to: Status, locale: Locale = DEFAULT_LOCALE) {
  return translator(locale)("feeds.title.transition", {
    indicator: indicatorTitle,
    from: statusLabel(from, locale),
    to: statusLabel(to, locale),
  });
}
