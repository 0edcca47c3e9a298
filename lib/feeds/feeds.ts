import "server-only";
import { XMLBuilder } from "fast-xml-parser";
import { formatDate } from "@/lib/text/dates";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { changeHref, entryState, historyEntryInclude, transitionTitle } from "@/lib/status-changes/history";
import { withEtag, type CachedBody } from "@/lib/http/responses";
import { escapeHtml, toHtml, toPlainText } from "@/lib/text/markdown";
import { localized } from "@/lib/i18n/content";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { blockHtml, inlineHtml, MARKUP, plainText } from "@/lib/feeds/localized-html";
import { markedTitle } from "@/lib/feeds/observation-titles";
import { cachedPublicRead } from "@/lib/http/public-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BIDI_CONTROLS } from "@/lib/validation/fields";
import {
  evidenceHtml,
  listObservationEntries,
  observationBy,
  observationGuid,
  observationHtml,
  observationLink,
  observationModified,
  observationSummary,
  observationTitle,
} from "@/lib/feeds/observations";

// Status changes and recorded values -> feed items, for every feed route. One item per published
// status change (corrections included, titled as such) and one per retraction; the same for
// recorded values (lib/feeds/observations.ts: new values, revisions, corrections, retractions);
// the two merged by publication time, newest first, the latest 50.
// Each feed exists in each language (/feed.xml and /fr/feed.xml): its words from
// messages/<locale>/feeds.json, editors' texts in their French version or, while it is pending,
// the English original marked (lib/feeds/localized-html.ts), links to the pages of its language.
// An item keeps one guid in both languages (urn:followthrough:status-change:<id>): it is the
// same entry, and each feed is its own document, so a reader subscribed to both sees each entry
// once per feed and never twice within one; a guid naming the language would only make the two
// versions of an entry look like two entries.
// Written as RSS 2.0, Atom 1.0 and JSON Feed 1.1: the XML by fast-xml-parser's XMLBuilder, which
// escapes every text and attribute, so no text an editor types can end an element or open one.
// (The `feed` package, used before, wraps titles in CDATA and neutralised only the first "]]>",
// so a title could forge items; it also turned a typed "&amp;" into "&".)

export const FEED_SIZE = 50;
export type FeedFormat = "rss" | "atom" | "json";
export type FeedScope = { kind: "all" } | { kind: "indicator"; slug: string } | { kind: "prediction"; slug: string };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

// The indicator's French title too, for the French feeds' item titles.
const feedEntryInclude = {
  ...historyEntryInclude,
  indicator: { select: { ...historyEntryInclude.indicator.select, titleFr: true } },
} satisfies Prisma.StatusChangeInclude;
type Entry = Prisma.StatusChangeGetPayload<{ include: typeof feedEntryInclude }>;
export type FeedEntry = { kind: "change" | "correction" | "retraction"; at: Date; change: Entry };

async function describeScope(scope: FeedScope, locale: Locale) {
  const t = translator(locale);
  if (scope.kind === "all") {
    return {
      where: {},
      observationWhere: {},
      title: t("feeds.feed.allTitle"),
      path: "/",
      feedPath: "",
      updatedAt: new Date(0),
    };
  }
  // updatedAt: the feed's own title is the indicator's or prediction's, so an edit of it is a change of the feed.
  const query = { where: { slug: scope.slug }, select: { id: true, title: true, titleFr: true, updatedAt: true } };
  const owner = scope.kind === "indicator" ? await getDb().indicator.findUnique(query) : await getDb().prediction.findUnique(query);
  if (!owner) return null;
  const path = `/${scope.kind}s/${scope.slug}`;
  const where: Prisma.StatusChangeWhereInput =
    scope.kind === "indicator" ? { indicatorId: owner.id } : { indicator: { predictionId: owner.id } };
  const observationWhere: Prisma.ObservationWhereInput =
    scope.kind === "indicator" ? { metric: { indicatorId: owner.id } } : { metric: { indicator: { predictionId: owner.id } } };
  const title = t("feeds.feed.scopeTitle", { title: localized(owner, "title", locale).text });
  return { where, observationWhere, title, path, feedPath: path, updatedAt: owner.updatedAt };
}

/**
 * The newest FEED_SIZE items of a scope: entries by publication time, retractions by retraction
 * time. Two index scans pick the items; one query (with its relations) loads them.
 */
export async function listFeedEntries(where: Prisma.StatusChangeWhereInput): Promise<FeedEntry[]> {
  const db = getDb();
  const [published, retracted] = await Promise.all([
    db.statusChange.findMany({
      where,
      select: { id: true, createdAt: true, correctsId: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
    }),
    db.statusChange.findMany({
      where: { AND: [where, { retractedAt: { not: null } }] },
      select: { id: true, retractedAt: true },
      orderBy: [{ retractedAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
    }),
  ]);
  const items = [
    ...published.map((row) => ({ kind: row.correctsId ? ("correction" as const) : ("change" as const), at: row.createdAt, id: row.id })),
    ...retracted.map((row) => ({ kind: "retraction" as const, at: row.retractedAt!, id: row.id })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id)
    .slice(0, FEED_SIZE);
  const changes = await db.statusChange.findMany({
    where: { id: { in: [...new Set(items.map((item) => item.id))] } },
    include: feedEntryInclude,
  });
  const byId = new Map(changes.map((change) => [change.id, change]));
  return items.map(({ kind, at, id }) => ({ kind, at, change: byId.get(id)! }));
}

// XML 1.0 cannot carry most control characters, even escaped, and no surface shows bidirectional
// controls: input is checked on the way in (lib/validation/fields.ts) and the database refuses
// both; this is the last guard before the XML, for anything that still slipped through.
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(XML_UNSAFE, "").replace(BIDI_CONTROLS, "");

export function itemTitle({ kind, change }: FeedEntry, locale: Locale): string {
  const t = translator(locale);
  const transition = transitionTitle(localized(change.indicator, "title", locale).text, change.fromStatus, change.toStatus, locale);
  if (kind === "retraction") return t("feeds.title.retraction", { title: transition });
  return markedTitle(entryState(change), kind === "correction" ? t("feeds.title.correction", { title: transition }) : transition, locale);
}

export function itemGuid({ kind, change }: FeedEntry): string {
  return kind === "retraction" ? `urn:followthrough:retraction:${change.id}` : `urn:followthrough:status-change:${change.id}`;
}

function itemHtml({ kind, change }: FeedEntry, locale: Locale): string {
  const t = translator(locale);
  const note = (field: "correctionNote" | "retractionNote") => inlineHtml(localized(change, field, locale), locale);
  const parts: string[] = [];
  if (kind === "retraction") {
    const name = escapeHtml(change.retractedBy?.name ?? t("feeds.item.anAdmin"));
    parts.push(`<p>${t.markup("feeds.change.retraction", { ...MARKUP, name, note: note("retractionNote") })}</p>`);
  } else if (change.correctsId) {
    parts.push(`<p>${t.markup("feeds.change.correction", { ...MARKUP, id: String(change.correctsId), note: note("correctionNote") })}</p>`);
  }
  const state = entryState(change);
  if (kind !== "retraction" && state === "retracted")
    parts.push(`<p>${t.markup("feeds.change.retracted", { ...MARKUP, note: note("retractionNote") })}</p>`);
  if (state === "corrected") parts.push(`<p>${t.markup("feeds.change.corrected", MARKUP)}</p>`);
  parts.push(`<p>${escapeHtml(t("feeds.change.effective", { date: formatDate(change.effectiveOn, "DAY", locale) }))}</p>`);
  parts.push(blockHtml(localized(change, "summary", locale), locale, toHtml));
  parts.push(evidenceHtml(change.evidence, locale));
  parts.push(`<p>${escapeHtml(t("feeds.item.recordedBy", { name: change.author.name }))}</p>`);
  return parts.join("");
}

/** The entry's summary as plain text, in the feed's language or marked pending. */
function summaryText({ change }: FeedEntry, locale: Locale): string {
  const summary = localized(change, "summary", locale);
  return plainText({ ...summary, text: toPlainText(summary.text) }, locale);
}

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: true });
const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

type FeedItem = { guid: string; title: string; link: string; published: Date; summary: string; html: string; by: string };
type FeedDocument = {
  locale: Locale;
  title: string;
  description: string;
  rights: string;
  home: string;
  self: Record<FeedFormat, string>;
  updated: Date;
  items: FeedItem[];
};

function rss(feed: FeedDocument): string {
  return (
    XML_DECLARATION +
    xml.build({
      rss: {
        "@version": "2.0",
        "@xmlns:atom": "http://www.w3.org/2005/Atom",
        "@xmlns:dc": "http://purl.org/dc/elements/1.1/",
        "@xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        channel: {
          title: feed.title,
          link: feed.home,
          description: feed.description,
          lastBuildDate: feed.updated.toUTCString(),
          docs: "https://www.rssboard.org/rss-specification",
          generator: "Followthrough",
          // RSS 2.0 takes the language as RSS 0.91 listed it, lower case: "en-ca", "fr-ca".
          language: feed.locale.toLowerCase(),
          copyright: feed.rights,
          "atom:link": { "@href": feed.self.rss, "@rel": "self", "@type": "application/rss+xml" },
          item: feed.items.map((item) => ({
            title: item.title,
            link: item.link,
            guid: { "#text": item.guid, "@isPermaLink": "false" },
            pubDate: item.published.toUTCString(),
            description: item.summary,
            "content:encoded": item.html,
            // RSS 2.0's <author> must be an email address; editors' names go in <dc:creator>.
            "dc:creator": item.by,
          })),
        },
      },
    })
  );
}

function atom(feed: FeedDocument): string {
  return (
    XML_DECLARATION +
    xml.build({
      feed: {
        "@xmlns": "http://www.w3.org/2005/Atom",
        "@xml:lang": feed.locale,
        id: feed.home,
        title: { "#text": feed.title, "@type": "text" },
        subtitle: feed.description,
        updated: feed.updated.toISOString(),
        generator: "Followthrough",
        link: [
          { "@rel": "alternate", "@href": feed.home },
          { "@rel": "self", "@href": feed.self.atom },
        ],
        rights: feed.rights,
        entry: feed.items.map((item) => ({
          id: item.guid,
          title: { "#text": item.title, "@type": "text" },
          link: { "@rel": "alternate", "@href": item.link },
          // Published when it was published (or retracted); nothing edits an item afterwards.
          published: item.published.toISOString(),
          updated: item.published.toISOString(),
          author: { name: item.by },
          summary: { "#text": item.summary, "@type": "text" },
          content: { "#text": item.html, "@type": "html" },
        })),
      },
    })
  );
}

function jsonFeed(feed: FeedDocument): string {
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.home,
    feed_url: feed.self.json,
    description: feed.description,
    language: feed.locale,
    items: feed.items.map((item) => ({
      id: item.guid,
      url: item.link,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      date_published: item.published.toISOString(),
      authors: [{ name: item.by }],
    })),
  };
  return JSON.stringify(document, null, 2);
}

const WRITERS: Record<FeedFormat, (feed: FeedDocument) => string> = { rss, atom, json: jsonFeed };

/** A feed item with what sorts it (time, then kind, then id: the same order in every format) and its last change. */
type SortedItem = FeedItem & { order: number; id: number; modified: number };

/** One feed of a scope in one format, with its validators; null when the scope does not exist. */
async function buildFeed(scope: FeedScope, format: FeedFormat, locale: Locale): Promise<CachedBody | null> {
  const t = translator(locale);
  const described = await describeScope(scope, locale);
  if (!described) return null;
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const [changes, observations] = await Promise.all([listFeedEntries(described.where), listObservationEntries(described.observationWhere)]);
  const items: SortedItem[] = [
    ...changes.map((entry) => ({
      guid: itemGuid(entry),
      title: itemTitle(entry, locale),
      // The entry's permanent address, which leads to whichever page of the history shows it.
      link: `${site}${localePath(locale, changeHref(entry.change.indicator.slug, entry.change.id))}`,
      published: entry.at,
      summary: summaryText(entry, locale),
      html: itemHtml(entry, locale),
      by: entry.kind === "retraction" ? (entry.change.retractedBy?.name ?? "") : entry.change.author.name,
      order: 0,
      id: entry.change.id,
      // The indicator's name is in the title.
      modified: Math.max(entry.at.getTime(), entry.change.indicator.updatedAt.getTime()),
    })),
    ...observations.map((entry) => ({
      guid: observationGuid(entry),
      title: observationTitle(entry, locale),
      link: observationLink(entry, site, locale),
      published: entry.at,
      summary: observationSummary(entry, locale),
      html: observationHtml(entry, site, locale),
      by: observationBy(entry),
      order: 1,
      id: entry.observation.id,
      modified: observationModified(entry),
    })),
  ]
    .sort((a, b) => b.published.getTime() - a.published.getTime() || a.order - b.order || b.id - a.id)
    .slice(0, FEED_SIZE);
  // Last-Modified follows everything shown: the feed's title, the items, and the names in their titles.
  const updated = new Date(Math.max(described.updatedAt.getTime(), ...items.map((item) => item.modified)));
  const feedUrl = (extension: string) => `${site}${localePath(locale, `${described.feedPath}/feed.${extension}`)}`;
  const feed: FeedDocument = {
    locale,
    title: clean(described.title),
    description: t("feeds.feed.description"),
    rights: t("feeds.feed.rights"),
    home: `${site}${localePath(locale, described.path)}`,
    self: { rss: feedUrl("xml"), atom: feedUrl("atom"), json: feedUrl("json") },
    updated,
    // Every text goes through clean, the last guard before the XML.
    items: items.map((item) => ({
      guid: item.guid,
      title: clean(item.title),
      link: item.link,
      published: item.published,
      summary: clean(item.summary),
      html: clean(item.html),
      by: clean(item.by),
    })),
  };
  return withEtag(WRITERS[format](feed), updated);
}

export const getFeed = cachedPublicRead("feed", buildFeed);
