import { useLocale, useTranslations } from "next-intl";
import { ExternalLinkIcon } from "@/components/icons";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, type DatePrecision } from "@/lib/text/dates";

type Source = {
  title: string;
  author: string;
  outlet: string;
  url: string;
  publishedOn: Date;
  publishedPrecision: DatePrecision;
};

/** "Andrew Latham, “Title”, The Hill, December 2025", linking to the original (whose title stays as published). */
export function SourceCitation({ source }: { source: Source }) {
  const t = useTranslations("pages");
  const verdict = useTranslations("verdict");
  const locale = useLocale() as Locale;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300">
      <span className="font-medium text-slate-800 dark:text-slate-100">{t("source")} </span>
      {source.author},{" "}
      <a
        href={source.url}
        className="font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
        rel="noopener noreferrer"
      >
        {verdict("quoted", { title: source.title })}
        <ExternalLinkIcon className="ml-0.5 inline size-3.5 align-[-0.125em]" />
      </a>
      , {source.outlet},{" "}
      <time dateTime={source.publishedOn.toISOString().slice(0, source.publishedPrecision === "DAY" ? 10 : 7)}>
        {formatDate(source.publishedOn, source.publishedPrecision, locale)}
      </time>
      .
    </p>
  );
}
