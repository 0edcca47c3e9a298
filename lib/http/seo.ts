import type { Metadata } from "next";

// Social sharing and feed discovery metadata for public pages.
export function pageMetadata({
  title,
  description,
  path,
  feeds = [],
  image,
}: {
  title: string;
  description: string;
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
  const images = image === null ? {} : { images: [image ?? "/opengraph-image"] };
  return {
    title,
    description,
    alternates: { canonical: path, types },
    openGraph: { title, description, url: path, siteName: "Followthrough", type: "website", locale: "en_CA", ...images },
    twitter: { card: "summary_large_image", title, description, ...images },
  };
}

/** The site-wide feeds, offered on every public page. */
export const SITE_FEEDS = [
  { href: "/feed.xml", title: "Followthrough: every status change (RSS)", type: "rss" as const },
  { href: "/feed.atom", title: "Followthrough: every status change (Atom)", type: "atom" as const },
  { href: "/feed.json", title: "Followthrough: every status change (JSON Feed)", type: "json" as const },
];

/** An indicator's own feeds, offered on its pages. */
export const indicatorFeeds = (slug: string, title: string) => [
  { href: `/indicators/${slug}/feed.xml`, title: `${title} (RSS)`, type: "rss" as const },
  { href: `/indicators/${slug}/feed.atom`, title: `${title} (Atom)`, type: "atom" as const },
];

/** A prediction's own feed, offered on its page and on the board filtered to it. */
export const predictionFeeds = (slug: string, title: string) => [
  { href: `/predictions/${slug}/feed.xml`, title: `${title} (RSS)`, type: "rss" as const },
];
