import { useTranslations } from "next-intl";

/**
 * Visible links to the feeds of a page (the <link rel="alternate"> tags are in its metadata).
 * Plain <a> elements: feeds and data are documents, not pages to navigate to client-side. Each
 * href is already in the page's language (localePath).
 */
export function FeedLinks({ feeds }: { feeds: { href: string; label: string }[] }) {
  const t = useTranslations("pages");
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="font-medium text-slate-700 dark:text-slate-300">{t("follow")}</span>
      {feeds.map((feed) => (
        <a key={feed.href} href={feed.href} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          {feed.label}
        </a>
      ))}
    </p>
  );
}
