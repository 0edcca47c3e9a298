import { EvidenceList, type EvidenceItem } from "@/components/evidence-list";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { formatDate, formatMoment, toIsoDate } from "@/lib/text/dates";
import { entryState, standingCorrection } from "@/lib/status-changes/history";
import type { Status } from "@/lib/rules/status";

export type TimelineEntry = {
  id: number;
  fromStatus: Status;
  toStatus: Status;
  effectiveOn: Date;
  summary: string;
  createdAt: Date;
  author: { name: string };
  correctsId: number | null;
  correctionNote: string | null;
  retractedAt: Date | null;
  retractionNote: string | null;
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
  if (entries.length === 0) {
    return <p className="text-slate-600 dark:text-slate-400">No status changes recorded yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-4" aria-label="History">
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
        <span aria-label="changed to">→</span>
        <StatusBadge status={entry.toStatus} />
        {entry.fromStatus === entry.toStatus && (
          <span className="text-sm text-slate-600 dark:text-slate-400">(update with new evidence)</span>
        )}
      </div>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Effective <time dateTime={toIsoDate(entry.effectiveOn)}>{formatDate(entry.effectiveOn)}</time> · published{" "}
        <time dateTime={entry.createdAt.toISOString()}>{formatMoment(entry.createdAt)}</time> by {entry.author.name} ·{" "}
        <a href={`#change-${entry.id}`} className="underline underline-offset-2">
          #{entry.id}
        </a>
      </p>

      {entry.correctsId && (
        <p
          className="mt-3 rounded border-l-4 border-sky-600 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100"
          data-testid="correction-note"
        >
          <strong>Correction</strong> of{" "}
          <a href={entryHref(entry.correctsId)} className="underline">
            entry #{entry.correctsId}
          </a>
          : {entry.correctionNote}
        </p>
      )}
      {state === "corrected" && correction && (
        <p
          className="mt-3 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          data-testid="corrected-marker"
        >
          <strong>Corrected.</strong> This entry was replaced by{" "}
          <a href={entryHref(correction.id)} className="underline">
            entry #{correction.id}
          </a>
          ; it is kept here as first published.
        </p>
      )}
      {entry.retractedAt && (
        <p
          className="mt-3 rounded border-l-4 border-rose-600 bg-rose-50 px-3 py-2 text-sm text-rose-950 dark:bg-rose-950 dark:text-rose-100"
          data-testid="retraction-note"
        >
          <strong>Retracted</strong> <time dateTime={entry.retractedAt.toISOString()}>{formatMoment(entry.retractedAt)}</time>
          {entry.retractedBy ? ` by ${entry.retractedBy.name}` : ""}: {entry.retractionNote} It no longer counts toward the indicator’s
          status.
        </p>
      )}

      <Markdown source={entry.summary} className={`mt-3 text-slate-800 dark:text-slate-200 ${superseded ? "opacity-80" : ""}`} />

      <h4 className="mt-4 text-sm font-semibold">Evidence</h4>
      <EvidenceList evidence={entry.evidence} />
      {actions && <div className="mt-4 flex flex-wrap gap-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-700">{actions}</div>}
    </article>
  );
}
