"use client";
import { usePathname, useSelectedLayoutSegments } from "next/navigation";
import { useLocale } from "next-intl";
import { isLocale, LOCALE_NAMES, localePath, otherLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The same page in the other language, filters included: /indicators/x ⇄ /fr/indicators/x,
 * /?status=STALLED ⇄ /fr?status=STALLED. Drawn complete on the server, so that it works without
 * JavaScript: a cached board cannot read its query string, but its route segment (/board/<view>)
 * carries the filters, and the router gives the segments below the public layout to the server
 * render as to the browser.
 */
export function LanguageSwitch() {
  const locale = useLocale() as Locale;
  const target = otherLocale(locale);
  const href = localePath(target, englishPath(usePathname(), useSelectedLayoutSegments()));
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

/**
 * The English path of the page being shown, query included for the board. `segments` are the
 * route's segments below app/[locale]/layout.tsx (the board's are ["board", <view>]), `pathname`
 * the address the router reports (for the board: "/" or "/fr", its filters left out).
 */
export function englishPath(pathname: string, segments: readonly string[] = []): string {
  if (segments.length === 2 && segments[0] === "board") return boardPath(segments[1]);
  const parts = pathname.split("/");
  if (isLocale(parts[1]) || parts[1] === "fr") parts.splice(1, 1);
  const path = parts.join("/") || "/";
  const board = /^\/board\/([^/]+)$/.exec(path);
  return board ? boardPath(board[1]) : path;
}

/** The board's address for a view segment: "all", or its canonical query (lib/predictions/board-filters.ts). */
function boardPath(segment: string): string {
  let view = segment;
  try {
    view = decodeURIComponent(segment);
  } catch {
    // not percent-encoded: the view as it is
  }
  return view === "all" ? "/" : `/?${view}`;
}
