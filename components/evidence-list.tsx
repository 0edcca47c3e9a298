import { ExternalLinkIcon } from "@/components/icons";
import { EVIDENCE_KIND_LABELS } from "@/lib/rules/evidence";
import { formatDate, toIsoDate } from "@/lib/text/dates";

// The evidence of a status change (components/timeline.tsx) or of a metric's value (the metric's
// page): each source linked, with its publisher, date and kind, and its short quote.

export type EvidenceItem = {
  id: number;
  url: string;
  title: string;
  publisher: string;
  publishedOn: Date;
  quote: string | null;
  kind: keyof typeof EVIDENCE_KIND_LABELS;
};

/** A quote in curly quotes, unless the editor typed its own quotation marks. */
const quoted = (quote: string) => (/^["“«'‘].*["”»'’]$/s.test(quote.trim()) ? quote : `“${quote}”`);

export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  return (
    <ul className="mt-1 flex flex-col gap-2 text-sm">
      {evidence.map((item) => (
        <li key={item.id} className="flex flex-col">
          <a
            href={item.url}
            rel="nofollow noopener noreferrer"
            className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
          >
            {item.title}
            <ExternalLinkIcon className="ml-0.5 inline size-3.5 align-[-0.125em]" />
          </a>
          <span className="text-slate-600 dark:text-slate-400">
            {item.publisher}, <time dateTime={toIsoDate(item.publishedOn)}>{formatDate(item.publishedOn)}</time> ·{" "}
            {EVIDENCE_KIND_LABELS[item.kind]}
          </span>
          {item.quote && (
            <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 text-slate-700 italic dark:border-slate-600 dark:text-slate-300">
              {quoted(item.quote)}
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
