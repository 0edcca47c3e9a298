import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { metricHref, observationHref } from "@/lib/metrics/links";
import type { EvidenceKind } from "@/lib/rules/evidence";
import { describeObservation } from "@/lib/rules/metrics";
import { observationState, standingCorrectionOf, standingRevisionOf } from "@/lib/rules/observation-state";
import { formatDate } from "@/lib/text/dates";
import { escapeHtml } from "@/lib/text/markdown";
import { localized } from "@/lib/i18n/content";
import { labels } from "@/lib/i18n/labels";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { observationItemTitle, revisionTitle, valueTitle } from "@/lib/feeds/observation-titles";
import { blockHtml, inlineHtml, MARKUP, plainText } from "@/lib/feeds/localized-html";

// Recorded values -> feed items, merged with the status changes' items by lib/feeds/feeds.ts. One
// item per recorded value (a new value, a revision or a correction) at the time it was recorded,
// and one per retraction at the time of retraction: the same rules as for status changes. Each
// text in the feed's language (lib/feeds/localized-html.ts for editors' texts).

const FEED_SIZE = 50;

const feedObservationInclude = {
  metric: {
    select: {
      slug: true,
      title: true,
      titleFr: true,
      unit: true,
      unitFr: true,
      unitKind: true,
      decimals: true,
      updatedAt: true,
      indicator: { select: { slug: true, updatedAt: true } },
    },
  },
  author: { select: { name: true } },
  retractedBy: { select: { name: true } },
  evidence: { orderBy: { position: "asc" } },
  // Only the standing ones (at most one of each), which the partial unique indexes find.
  corrections: { where: { retractedAt: null }, select: { id: true, retractedAt: true } },
  revisions: { where: { retractedAt: null }, select: { id: true, retractedAt: true } },
  revises: { select: { id: true, value: true, periodLabel: true, stage: true, estimate: true } },
} satisfies Prisma.ObservationInclude;

type FeedObservation = Prisma.ObservationGetPayload<{ include: typeof feedObservationInclude }>;
export type ObservationFeedEntry = {
  kind: "value" | "correction" | "retraction";
  at: Date;
  observation: FeedObservation;
  /** For a new value or a correction: the previous value of its stage, as previousValues defines it. */
  previous: number | null;
};

/**
 * The previous value of each of `ids` (not revisions, which name the value they replace): the
 * effective value of the same metric, stage and kind of period whose period ended latest before
 * this one began ("2024" for "2025", "2025-Q1" for "2025-Q2"), as the values stand now, so a title
 * follows later corrections as a status change's "from" does. One query; each lookup walks the
 * (metric_id, period_end) index backwards.
 */
async function previousValues(ids: number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows = await getDb().$queryRaw<{ id: number; previous: number }[]>`
    SELECT o.id, p.value::float8 AS previous
      FROM observations o
      CROSS JOIN LATERAL (
        SELECT e.value FROM effective_observations e
         WHERE e.metric_id = o.metric_id AND e.stage = o.stage AND e.period_kind = o.period_kind AND e.period_end < o.period_start
         ORDER BY e.period_end DESC, e.id DESC LIMIT 1
      ) p
     WHERE o.id = ANY(${ids}::int[])`;
  return new Map(rows.map((row) => [row.id, Number(row.previous)]));
}

/** The newest FEED_SIZE observation items of a scope: values by the time recorded, retractions by the time retracted. */
export async function listObservationEntries(where: Prisma.ObservationWhereInput): Promise<ObservationFeedEntry[]> {
  const db = getDb();
  const [published, retracted] = await Promise.all([
    db.observation.findMany({
      where,
      select: { id: true, createdAt: true, correctsId: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
    }),
    db.observation.findMany({
      where: { AND: [where, { retractedAt: { not: null } }] },
      select: { id: true, retractedAt: true },
      orderBy: [{ retractedAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
    }),
  ]);
  const items = [
    ...published.map((row) => ({ kind: row.correctsId ? ("correction" as const) : ("value" as const), at: row.createdAt, id: row.id })),
    ...retracted.map((row) => ({ kind: "retraction" as const, at: row.retractedAt!, id: row.id })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id)
    .slice(0, FEED_SIZE);
  const ids = [...new Set(items.map((item) => item.id))];
  const observations = await db.observation.findMany({ where: { id: { in: ids } }, include: feedObservationInclude });
  const byId = new Map(observations.map((observation) => [observation.id, observation]));
  const previous = await previousValues(observations.filter((o) => !o.revisesId).map((o) => o.id));
  return items.map(({ kind, at, id }) => ({ kind, at, observation: byId.get(id)!, previous: previous.get(id) ?? null }));
}

const asValue = <T extends { value: Prisma.Decimal }>(row: T) => ({ ...row, value: Number(row.value) });

/** The metric with its title and unit in the feed's language (the English original while a translation is pending). */
const metricIn = (metric: FeedObservation["metric"], locale: Locale) => ({
  ...metric,
  title: localized(metric, "title", locale).text,
  unit: localized(metric, "unit", locale).text,
});

/** The item's title, before the feed's last clean-up (lib/feeds/feeds.ts). */
export function observationTitle({ kind, observation, previous }: ObservationFeedEntry, locale: Locale): string {
  const metric = metricIn(observation.metric, locale);
  const base = observation.revises
    ? revisionTitle(metric.title, asValue(observation), metric, Number(observation.revises.value), locale)
    : valueTitle(metric.title, asValue(observation), metric, previous, locale);
  return observationItemTitle(kind, observationState(observation), base, locale);
}

/** Distinct from the status changes' guids, and a retraction's from the value's. */
export function observationGuid({ kind, observation }: ObservationFeedEntry): string {
  return kind === "retraction"
    ? `urn:followthrough:observation-retraction:${observation.id}`
    : `urn:followthrough:observation:${observation.id}`;
}

/**
 * The evidence as an HTML list, every text escaped (status changes' items use it too). Titles are
 * in the feed's language; quotes stay in the language they were said in.
 */
export function evidenceHtml(
  evidence: {
    url: string;
    title: string;
    titleFr: string | null;
    publisher: string;
    publishedOn: Date;
    quote: string | null;
    kind: EvidenceKind;
  }[],
  locale: Locale,
): string {
  const kinds = labels(locale).evidenceKind;
  const items = evidence.map((item) => {
    const quote = item.quote ? `<blockquote>${escapeHtml(item.quote)}</blockquote>` : "";
    const title = inlineHtml(localized(item, "title", locale), locale);
    return `<li><a href="${escapeHtml(item.url)}">${title}</a>, ${escapeHtml(item.publisher)}, ${escapeHtml(formatDate(item.publishedOn, "DAY", locale))} (${escapeHtml(kinds[item.kind])})${quote}</li>`;
  });
  return `<p>${escapeHtml(translator(locale)("feeds.item.evidence"))}</p><ul>${items.join("")}</ul>`;
}

/** Plain text as HTML paragraphs: escaped, a blank line between paragraphs, line breaks kept. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, "<br>")}</p>`)
    .join("");

/** The item's content: what happened to the value, the value with its stage, its note, its evidence and who recorded it. */
export function observationHtml({ kind, observation }: ObservationFeedEntry, site: string, locale: Locale): string {
  const t = translator(locale);
  const metric = metricIn(observation.metric, locale);
  const state = observationState(observation);
  const note = (field: "correctionNote" | "retractionNote") => inlineHtml(localized(observation, field, locale), locale);
  const parts: string[] = [];
  if (kind === "retraction") {
    const name = escapeHtml(observation.retractedBy?.name ?? t("feeds.item.anAdmin"));
    parts.push(`<p>${t.markup("feeds.value.retraction", { ...MARKUP, name, note: note("retractionNote") })}</p>`);
  } else if (observation.correctsId) {
    parts.push(
      `<p>${t.markup("feeds.value.correction", { ...MARKUP, id: String(observation.correctsId), note: note("correctionNote") })}</p>`,
    );
  }
  if (observation.revises) {
    const value = escapeHtml(describeObservation(asValue(observation.revises), metric, locale));
    parts.push(`<p>${t.markup("feeds.value.revision", { ...MARKUP, id: String(observation.revises.id), value })}</p>`);
  }
  if (kind !== "retraction" && state === "retracted") {
    parts.push(`<p>${t.markup("feeds.value.retracted", { ...MARKUP, note: note("retractionNote") })}</p>`);
  }
  if (state === "corrected")
    parts.push(`<p>${t.markup("feeds.value.corrected", { ...MARKUP, id: String(standingCorrectionOf(observation)!.id) })}</p>`);
  if (state === "revised")
    parts.push(`<p>${t.markup("feeds.value.revised", { ...MARKUP, id: String(standingRevisionOf(observation)!.id) })}</p>`);
  const metricLink = `${site}${localePath(locale, metricHref(metric.indicator.slug, metric.slug))}`;
  // Markup whose placeholders are HTML already escaped: the metric's title as a link, and the value.
  const link = `<a href="${escapeHtml(metricLink)}">${inlineHtml(localized(observation.metric, "title", locale), locale)}</a>`;
  const value = escapeHtml(describeObservation(asValue(observation), metric, locale));
  parts.push(`<p>${t.markup("feeds.value.summary", { metric: link, value })}</p>`);
  const stage = labels(locale).stage[observation.stage];
  const estimate = observation.estimate ? ` ${t("feeds.value.estimate")}` : "";
  parts.push(`<p>${escapeHtml(t("feeds.value.stage", { label: stage.label, definition: stage.definition }) + estimate)}</p>`);
  const noteText = observation.note ? localized(observation, "note", locale) : null;
  if (noteText) parts.push(`<p>${escapeHtml(t("feeds.value.note"))}</p>${blockHtml(noteText, locale, paragraphs)}`);
  parts.push(evidenceHtml(observation.evidence, locale));
  parts.push(`<p>${escapeHtml(t("feeds.item.recordedBy", { name: observation.author.name }))}</p>`);
  return parts.join("");
}

/** The item's plain-text summary: the value with its period and stage, then its note. */
export function observationSummary({ observation }: ObservationFeedEntry, locale: Locale): string {
  const metric = metricIn(observation.metric, locale);
  const value = translator(locale)("feeds.value.summary", {
    metric: metric.title,
    value: describeObservation(asValue(observation), metric, locale),
  });
  const note = observation.note ? localized(observation, "note", locale) : null;
  return note ? `${value} ${plainText(note, locale)}` : value;
}

/** Where the item leads: the value's permanent address. */
export const observationLink = ({ observation }: ObservationFeedEntry, site: string, locale: Locale) =>
  `${site}${localePath(locale, observationHref(observation.metric.indicator.slug, observation.id))}`;

/** Who the item is by: who recorded the value, or who retracted it. */
export const observationBy = ({ kind, observation }: ObservationFeedEntry) =>
  kind === "retraction" ? (observation.retractedBy?.name ?? "") : observation.author.name;

/** When the item last changed, for Last-Modified: its time, and edits of the metric (its title, unit) or of the indicator (its address). */
export const observationModified = ({ at, observation }: ObservationFeedEntry) =>
  Math.max(at.getTime(), observation.metric.updatedAt.getTime(), observation.metric.indicator.updatedAt.getTime());
