import { useLocale, useTranslations } from "next-intl";
import { EvidenceList, type EvidenceItem } from "@/components/evidence-list";
import { StatusBadge } from "@/components/status-badge";
import { Translated } from "@/components/translated";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatMoment, toIsoDate } from "@/lib/text/dates";
import { entryState, standingCorrection } from "@/lib/status-changes/history";
import type { Status } from "@/lib/rules/status";

export type TimelineEntry = {
  id: number;
  fromStatus: Status;
  toStatus: Status;
  effectiveOn: Date;
  summary: string;
  summaryFr?: string | null;
  createdAt: Date;
  author: { name: string };
  correctsId: number | null;
  correctionNote: string | null;
  correctionNoteFr?: string | null;
  retractedAt: Date | null;
  retractionNote: string | null;
  retractionNoteFr?: string | null;
  retractedBy: { name: string } | null;
  corrections: { id: number; retractedAt: Date | null }[];
  evidence: EvidenceItem[];
};

type EntryHref = (changeId: number) => string;

const onThisPage: EntryHref = (changeId) => `#change-${changeId}`;

/**
 * An indicator's history, as given (newest first). Corrections and retractions are shown in place.
 * `entryHref` links an entry that may be on another page of the history (default: this page).
 */
export function Timeline({
  entries,
  actions,
  entryHref = onThisPage,
}: {
  entries: TimelineEntry[];
  actions?: (entry: TimelineEntry) => React.ReactNode;
  entryHref?: EntryHref;
}) {
  const t = useTranslations("history");
  if (entries.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p>;
  }
  return (
    <ol className="flex flex-col gap-4" aria-label={t("label")}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <TimelineItem entry={entry} actions={actions?.(entry)} entryHref={entryHref} />
        </li>
      ))}
    </ol>
  );
}

function TimelineItem({ entry, actions, entryHref }: { entry: TimelineEntry; actions?: React.ReactNode; entryHref: EntryHref }) {
  const state = entryState(entry);
  const correction = standingCorrection(entry);
  const superseded = state !== "current";
  const t = useTranslations("history");
  const locale = useLocale() as Locale;
  const correctionNote = localized(entry, "correctionNote", locale);
  const retractionNote = localized(entry, "retractionNote", locale);
  return (
    <article
      id={`change-${entry.id}`}
      data-testid="timeline-entry"
      data-state={state}
      className={`scroll-mt-4 rounded-lg border p-4 ${
        superseded
          ? "border-dashed border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900/50"
          : "border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      }`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={entry.fromStatus} />
        <span aria-label={t("changedTo")}>→</span>
        <StatusBadge status={entry.toStatus} />
        {entry.fromStatus === entry.toStatus && <span className="text-sm text-slate-600 dark:text-slate-400">{t("update")}</span>}
      </div>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {t.rich("dates", {
          effective: formatDate(entry.effectiveOn, "DAY", locale),
          published: formatMoment(entry.createdAt, locale),
          author: entry.author.name,
          effectiveTime: (chunks) => <time dateTime={toIsoDate(entry.effectiveOn)}>{chunks}</time>,
          publishedTime: (chunks) => <time dateTime={entry.createdAt.toISOString()}>{chunks}</time>,
        })}{" "}
        ·{" "}
        <a href={`#change-${entry.id}`} className="underline underline-offset-2">
          #{entry.id}
        </a>
      </p>

      {entry.correctsId && (
        <p
          className="mt-3 rounded border-l-4 border-sky-600 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100"
          data-testid="correction-note"
        >
          {t.rich("correction", {
            id: entry.correctsId,
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <a href={entryHref(entry.correctsId!)} className="underline">
                {chunks}
              </a>
            ),
            note: () => correctionNote && <Translated value={correctionNote} />,
          })}
        </p>
      )}
      {state === "corrected" && correction && (
        <p
          className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          data-testid="corrected-marker"
        >
          {t.rich("corrected", {
            id: correction.id,
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <a href={entryHref(correction.id)} className="underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
      {entry.retractedAt && (
        <p
          className="mt-3 rounded border-l-4 border-rose-600 bg-rose-50 px-3 py-2 text-sm text-rose-950 dark:bg-rose-950 dark:text-rose-100"
          data-testid="retraction-note"
        >
          {t.rich(entry.retractedBy ? "retractedBy" : "retracted", {
            moment: formatMoment(entry.retractedAt, locale),
            name: entry.retractedBy?.name ?? "",
            strong: (chunks) => <strong>{chunks}</strong>,
            time: (chunks) => <time dateTime={entry.retractedAt!.toISOString()}>{chunks}</time>,
            note: () => retractionNote && <Translated value={retractionNote} />,
          })}
        </p>
      )}

      <Translated
        markdown
        value={localized(entry, "summary", locale)}
        className={`mt-3 text-slate-800 dark:text-slate-200 ${superseded ? "opacity-80" : ""}`}
      />

      <h4 className="mt-4 text-sm font-semibold">{t("evidence")}</h4>
      <EvidenceList evidence={entry.evidence} />
      {actions && <div className="mt-4 flex flex-wrap gap-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-700">{actions}</div>}
    </article>
  );
}
