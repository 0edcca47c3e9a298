"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { useLocale } from "next-intl";
import { isLocale, LOCALE_NAMES, localePath, otherLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The same page in the other language, filters included: /indicators/x ⇄ /fr/indicators/x,
 * /?status=STALLED ⇄ /fr?status=STALLED. Rendered on the server with the path alone (the query
 * string is known only in the browser for a cached page), completed with the query on hydration.
 */
export function LanguageSwitch() {
  const locale = useLocale() as Locale;
  return (
    <Suspense fallback={<SwitchLink locale={locale} query="" />}>
      <SwitchLinkWithQuery locale={locale} />
    </Suspense>
  );
}

function SwitchLinkWithQuery({ locale }: { locale: Locale }) {
  const query = useSearchParams().toString();
  return <SwitchLink locale={locale} query={query} />;
}

function SwitchLink({ locale, query }: { locale: Locale; query: string }) {
  const target = otherLocale(locale);
  const path = englishPath(usePathname());
  const href = localePath(target, query && !path.includes("?") ? `${path}?${query}` : path);
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {LOCALE_NAMES[target]}
    </a>
  );
}

/** The English path of the page being shown, whichever form of its address the router reports. */
export function englishPath(pathname: string): string {
  const segments = pathname.split("/");
  if (isLocale(segments[1]) || segments[1] === "fr") segments.splice(1, 1);
  let path = segments.join("/") || "/";
  // The board is served at / with its filters in the query; inside, its route is /board/<view>.
  const board = /^\/board\/([^/]+)$/.exec(path);
  if (board) path = board[1] === "all" ? "/" : `/?${decodeURIComponent(board[1])}`;
  return path;
}
