import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, localePath, ogLocale, otherLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// Social sharing, feed discovery and language alternates metadata for public pages.

/** What every social image (next/og, the opengraph-image files) is drawn as. */
const SOCIAL_IMAGE = { width: 1200, height: 630, type: "image/png" };

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
  /** The page's own social image (its English path and its alt); by default the site's. */
  image?: { path: string; alt: string };
}): Metadata {
  const types: Record<string, { url: string; title: string }[]> = {};
  const mime = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" };
  for (const feed of feeds) (types[mime[feed.type]] ??= []).push({ url: feed.href, title: feed.title });
  // Every page names its image here: the site's (app/[locale]/opengraph-image.tsx), which its own
  // openGraph would otherwise drop, or its own (an indicator's). Next.js would name an
  // opengraph-image file itself, but by its route (/fr-CA/…, not /fr/…) and with one alt in one
  // language; here both follow the page's language, as the image itself does.
  const { path: imagePath, alt } = image ?? { path: "/opengraph-image", alt: translator(locale)("feeds.image.siteAlt") };
  const images = { images: [{ url: localePath(locale, imagePath), alt, ...SOCIAL_IMAGE }] };
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

type FeedFormat = "rss" | "atom" | "json";
const FORMAT_NAMES: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** A feed's discovery link: its address in the language, and its title as that language's feed calls itself. */
const feedLink = (locale: Locale, path: string, title: string, type: FeedFormat) => ({
  href: localePath(locale, path),
  title: translator(locale)("feeds.feed.link", { title, format: FORMAT_NAMES[type] }),
  type,
});

/** The site-wide feeds in a language, offered on every public page. */
export const siteFeeds = (locale: Locale) => {
  const title = translator(locale)("feeds.feed.allTitle");
  return [
    feedLink(locale, "/feed.xml", title, "rss"),
    feedLink(locale, "/feed.atom", title, "atom"),
    feedLink(locale, "/feed.json", title, "json"),
  ];
};

/** An indicator's own feeds, offered on its pages; `title` is the indicator's, in the page's language. */
export const indicatorFeeds = (locale: Locale, slug: string, title: string) => {
  const name = translator(locale)("feeds.feed.scopeTitle", { title });
  return [feedLink(locale, `/indicators/${slug}/feed.xml`, name, "rss"), feedLink(locale, `/indicators/${slug}/feed.atom`, name, "atom")];
};

/** An indicator's social image (app/[locale]/indicators/[slug]/opengraph-image.tsx), described in the page's language. */
export const indicatorImage = (locale: Locale, slug: string) => ({
  path: `/indicators/${slug}/opengraph-image`,
  alt: translator(locale)("feeds.image.indicatorAlt"),
});

/** A prediction's own feed, offered on its page and on the board filtered to it; `title` in the page's language. */
export const predictionFeeds = (locale: Locale, slug: string, title: string) => [
  feedLink(locale, `/predictions/${slug}/feed.xml`, translator(locale)("feeds.feed.scopeTitle", { title }), "rss"),
];
