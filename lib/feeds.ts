import "server-only";
import { Feed, type Item } from "feed";
import { formatDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { entryState, historyEntryInclude, transitionTitle } from "@/lib/history";
import { withEtag, type CachedBody } from "@/lib/http";
import { escapeHtml, toHtml, toPlainText } from "@/lib/markdown";
import { cachedPublicRead } from "@/lib/public-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVIDENCE_KIND_LABELS } from "@/lib/validation/status-change";

// Status changes -> feed items, for every feed route. One item per published status change
// (corrections included, titled as such) and one per retraction; newest first, the latest 50.
// Generated with the `feed` library as RSS 2.0, Atom 1.0 and JSON Feed 1.1.

export const FEED_SIZE = 50;
export type FeedFormat = "rss" | "atom" | "json";
export type FeedScope = { kind: "all" } | { kind: "indicator"; slug: string } | { kind: "prediction"; slug: string };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

type Entry = Prisma.StatusChangeGetPayload<{ include: typeof historyEntryInclude }>;
export type FeedEntry = { kind: "change" | "correction" | "retraction"; at: Date; change: Entry };

async function describeScope(scope: FeedScope) {
  if (scope.kind === "all") {
    return { where: {}, title: "Followthrough: every status change", path: "/", feedPath: "", updatedAt: new Date(0) };
  }
  // updatedAt: the feed's own title is the indicator's or prediction's, so an edit of it is a change of the feed.
  if (scope.kind === "indicator") {
    const indicator = await getDb().indicator.findUnique({ where: { slug: scope.slug }, select: { id: true, title: true, updatedAt: true } });
    if (!indicator) return null;
    const path = `/indicators/${scope.slug}`;
    return { where: { indicatorId: indicator.id }, title: `Followthrough: ${indicator.title}`, path, feedPath: path, updatedAt: indicator.updatedAt };
  }
  const prediction = await getDb().prediction.findUnique({ where: { slug: scope.slug }, select: { id: true, title: true, updatedAt: true } });
  if (!prediction) return null;
  const path = `/predictions/${scope.slug}`;
  return { where: { indicator: { predictionId: prediction.id } }, title: `Followthrough: ${prediction.title}`, path, feedPath: path, updatedAt: prediction.updatedAt };
}

/**
 * The newest FEED_SIZE items of a scope: entries by publication time, retractions by retraction
 * time. Two index scans pick the items; one query (with its relations) loads them.
 */
export async function listFeedEntries(where: Prisma.StatusChangeWhereInput): Promise<FeedEntry[]> {
  const db = getDb();
  const [published, retracted] = await Promise.all([
    db.statusChange.findMany({ where, select: { id: true, createdAt: true, correctsId: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: FEED_SIZE }),
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
  const changes = await db.statusChange.findMany({ where: { id: { in: [...new Set(items.map((item) => item.id))] } }, include: historyEntryInclude });
  const byId = new Map(changes.map((change) => [change.id, change]));
  return items.map(({ kind, at, id }) => ({ kind, at, change: byId.get(id)! }));
}

// XML 1.0 cannot carry most control characters, even escaped; input is cleaned on the way in
// (lib/validation/fields.ts) and again here, for rows written by other means.
const XML_UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const clean = (text: string) => text.replace(XML_UNSAFE, "");

export function itemTitle({ kind, change }: FeedEntry): string {
  const transition = transitionTitle(change.indicator.title, change.fromStatus, change.toStatus);
  if (kind === "retraction") return `Retraction: ${transition}`;
  const state = entryState(change);
  const marker = state === "retracted" ? "[Retracted] " : state === "corrected" ? "[Corrected] " : "";
  return `${marker}${kind === "correction" ? "Correction: " : ""}${transition}`;
}

export function itemGuid({ kind, change }: FeedEntry): string {
  return kind === "retraction" ? `urn:followthrough:retraction:${change.id}` : `urn:followthrough:status-change:${change.id}`;
}

function itemHtml({ kind, change }: FeedEntry): string {
  const parts: string[] = [];
  if (kind === "retraction") {
    parts.push(`<p><strong>Retracted</strong> by ${escapeHtml(change.retractedBy?.name ?? "an admin")}: ${escapeHtml(change.retractionNote ?? "")} This entry no longer counts toward the indicator’s status. It read:</p>`);
  } else if (change.correctsId) {
    parts.push(`<p><strong>Correction</strong> of entry #${change.correctsId}: ${escapeHtml(change.correctionNote ?? "")}</p>`);
  }
  const state = entryState(change);
  if (kind !== "retraction" && state === "retracted") parts.push(`<p><strong>This entry was retracted:</strong> ${escapeHtml(change.retractionNote ?? "")}</p>`);
  if (state === "corrected") parts.push(`<p><strong>This entry was corrected</strong>; see the indicator’s history.</p>`);
  parts.push(`<p>Effective ${escapeHtml(formatDate(change.effectiveOn))}.</p>`);
  parts.push(toHtml(change.summary));
  const evidence = change.evidence.map((item) => {
    const quote = item.quote ? `<blockquote>${escapeHtml(item.quote)}</blockquote>` : "";
    return `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>, ${escapeHtml(item.publisher)}, ${escapeHtml(formatDate(item.publishedOn))} (${escapeHtml(EVIDENCE_KIND_LABELS[item.kind])})${quote}</li>`;
  });
  parts.push(`<p>Evidence:</p><ul>${evidence.join("")}</ul>`);
  parts.push(`<p>Recorded by ${escapeHtml(change.author.name)}.</p>`);
  return clean(parts.join(""));
}

/** One feed of a scope in one format, with its validators; null when the scope does not exist. */
async function buildFeed(scope: FeedScope, format: FeedFormat): Promise<CachedBody | null> {
  const described = await describeScope(scope);
  if (!described) return null;
  const site = getEnv().SITE_URL.replace(/\/$/, "");
  const entries = await listFeedEntries(described.where);
  // Last-Modified follows everything shown: the feed's title, the items, and the indicators' names in their titles.
  const updated = new Date(
    Math.max(described.updatedAt.getTime(), ...entries.map((entry) => Math.max(entry.at.getTime(), entry.change.indicator.updatedAt.getTime()))),
  );
  const feedUrl = (extension: string) => `${site}${described.feedPath}/feed.${extension}`;

  // The library types Atom titles as HTML, so their text is escaped there; RSS titles go in CDATA
  // as text (readers that treat them as HTML strip any markup), and JSON Feed titles are plain text.
  const build = () => {
    const feed = new Feed({
      title: clean(described.title),
      description: "Status changes of tracked indicators, with their evidence.",
      id: `${site}${described.path}`,
      link: `${site}${described.path}`,
      language: "en",
      updated,
      generator: "Followthrough",
      copyright: "Data: CC BY 4.0, Followthrough. Linked sources belong to their publishers.",
      feedLinks: { rss: feedUrl("xml"), atom: feedUrl("atom"), ...(scope.kind === "all" ? { json: feedUrl("json") } : {}) },
    });
    for (const entry of entries) {
      const title = clean(itemTitle(entry));
      const by = clean(entry.kind === "retraction" ? (entry.change.retractedBy?.name ?? "") : entry.change.author.name);
      // The summary as text: plain in JSON Feed, escaped into HTML in RSS and Atom.
      const summary = clean(toPlainText(entry.change.summary));
      const item: Item = {
        title: format === "atom" ? escapeHtml(title) : title,
        id: itemGuid(entry),
        guid: itemGuid(entry),
        link: `${site}/indicators/${entry.change.indicator.slug}#change-${entry.change.id}`,
        // Published when it was published (or retracted); nothing edits an item afterwards.
        date: entry.at,
        published: entry.at,
        description: format === "json" ? summary : escapeHtml(summary),
        content: itemHtml(entry),
        // RSS 2.0's <author> must be an email address; editors' names go in <dc:creator>.
        ...(format === "rss" ? { extensions: [{ name: "dc:creator", objects: { _text: by } }] } : { author: [{ name: by }] }),
      };
      feed.addItem(item);
    }
    if (format === "rss") return feed.rss2();
    if (format === "atom") return feed.atom1();
    return toJsonFeed11(feed.json1());
  };

  return withEtag(build(), updated);
}

/**
 * The library writes JSON Feed 1.0; 1.1 renamed `author` to `authors` (a list) and added
 * `language`. Everything else is the same document.
 */
function toJsonFeed11(json: string): string {
  const document = JSON.parse(json) as { version: string; language?: string; items: { author?: unknown; authors?: unknown[] }[] };
  document.version = "https://jsonfeed.org/version/1.1";
  document.language = "en";
  for (const item of document.items) {
    if (item.author) item.authors = [item.author];
    delete item.author;
  }
  return JSON.stringify(document, null, 2);
}

export const getFeed = cachedPublicRead("feed", buildFeed);
