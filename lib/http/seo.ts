import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, localePath, ogLocale, otherLocale, type Locale } from "@/lib/i18n/locales";

// Social sharing, feed discovery and language alternates metadata for public pages.
export function pageMetadata({
  locale,
  title,
  description,
  path,
  feeds = [],
  image,
}: {
  locale: Locale;
  title: string;
  description: string;
  /** The page's English (unprefixed) path; its French one is derived (lib/i18n/locales.ts). */
  path: string;
  feeds?: { href: string; title: string; type: "rss" | "atom" | "json" }[];
  /** A social image; null leaves it to the page's own opengraph-image file. */
  image?: string | null;
}): Metadata {
  const types: Record<string, { url: string; title: string }[]> = {};
  const mime = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" };
  for (const feed of feeds) (types[mime[feed.type]] ??= []).push({ url: feed.href, title: feed.title });
  // Pages with an opengraph-image file of their own (indicators) get it from Next.js; the others
  // share the site's (app/opengraph-image.tsx), which their own openGraph would otherwise drop.
  const images = image === null ? {} : { images: [image ?? localePath(locale, "/opengraph-image")] };
  // hreflang alternates: each language's version of this page, and English for everyone else.
  const languages = Object.fromEntries([...LOCALES.map((l) => [l, localePath(l, path)]), ["x-default", localePath(DEFAULT_LOCALE, path)]]);
  const url = localePath(locale, path);
  return {
    title,
    description,
    alternates: { canonical: url, languages, types },
    openGraph: {
      title,
      description,
      url,
      siteName: "Followthrough",
      type: "website",
      locale: ogLocale(locale),
      alternateLocale: ogLocale(otherLocale(locale)),
      ...images,
    },
    twitter: { card: "summary_large_image", title, description, ...images },
  };
}

/** The site-wide feeds in a language, offered on every public page. */
export const siteFeeds = (locale: Locale) => [
  { href: localePath(locale, "/feed.xml"), title: "Followthrough: every status change (RSS)", type: "rss" as const },
  { href: localePath(locale, "/feed.atom"), title: "Followthrough: every status change (Atom)", type: "atom" as const },
  { href: localePath(locale, "/feed.json"), title: "Followthrough: every status change (JSON Feed)", type: "json" as const },
];

/** An indicator's own feeds, offered on its pages. */
export const indicatorFeeds = (locale: Locale, slug: string, title: string) => [
  { href: localePath(locale, `/indicators/${slug}/feed.xml`), title: `${title} (RSS)`, type: "rss" as const },
  { href: localePath(locale, `/indicators/${slug}/feed.atom`), title: `${title} (Atom)`, type: "atom" as const },
];

/** A prediction's own feed, offered on its page and on the board filtered to it. */
export const predictionFeeds = (locale: Locale, slug: string, title: string) => [
  { href: localePath(locale, `/predictions/${slug}/feed.xml`), title: `${title} (RSS)`, type: "rss" as const },
];
