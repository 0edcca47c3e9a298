import { useLocale, useTranslations } from "next-intl";
import { ExternalLinkIcon } from "@/components/icons";
import { Translated } from "@/components/translated";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import type { EvidenceKind } from "@/lib/rules/evidence";
import { formatDate, toIsoDate } from "@/lib/text/dates";

// The evidence of a status change (components/timeline.tsx) or of a metric's value (the metric's
// page): each source linked, with its publisher, date and kind, and its short quote.

export type EvidenceItem = {
  id: number;
  url: string;
  title: string;
  titleFr?: string | null;
  publisher: string;
  publishedOn: Date;
  quote: string | null;
  kind: EvidenceKind;
};

/** A quote in curly quotes, unless the editor typed its own quotation marks. Quotes stay in their own language, and its marks. */
const quoted = (quote: string) => (/^["“«'‘].*["”»'’]$/s.test(quote.trim()) ? quote : `“${quote}”`);

export function EvidenceList({ evidence }: { evidence: EvidenceItem[] }) {
  const labels = useTranslations("labels");
  const locale = useLocale() as Locale;
  return (
    <ul className="mt-1 flex flex-col gap-2 text-sm">
      {evidence.map((item) => (
        <li key={item.id} className="flex flex-col">
          <a
            href={item.url}
            rel="nofollow noopener noreferrer"
            className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
          >
            <Translated value={localized(item, "title", locale)} />
            <ExternalLinkIcon className="ml-0.5 inline size-3.5 align-[-0.125em]" />
          </a>
          <span className="text-slate-600 dark:text-slate-400">
            {item.publisher}, <time dateTime={toIsoDate(item.publishedOn)}>{formatDate(item.publishedOn, "DAY", locale)}</time> ·{" "}
            {labels(`evidenceKind.${item.kind}`)}
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
