import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { metricHref, observationHref } from "@/lib/metrics/links";
import { EVIDENCE_KIND_LABELS, type EvidenceKind } from "@/lib/rules/evidence";
import { describeObservation, STAGE_INFO } from "@/lib/rules/metrics";
import { observationState, standingCorrectionOf, standingRevisionOf } from "@/lib/rules/observation-state";
import { formatDate } from "@/lib/text/dates";
import { escapeHtml } from "@/lib/text/markdown";
import { observationItemTitle, revisionTitle, valueTitle } from "@/lib/feeds/observation-titles";

// Recorded values -> feed items, merged with the status changes' items by lib/feeds/feeds.ts. One
// item per recorded value (a new value, a revision or a correction) at the time it was recorded,
// and one per retraction at the time of retraction: the same rules as for status changes.

const FEED_SIZE = 50;

const feedObservationInclude = {
  metric: {
    select: {
      slug: true,
      title: true,
      unit: true,
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

/** The item's title, before the feed's last clean-up (lib/feeds/feeds.ts). */
export function observationTitle({ kind, observation, previous }: ObservationFeedEntry): string {
  const { metric } = observation;
  const base = observation.revises
    ? revisionTitle(metric.title, asValue(observation), metric, Number(observation.revises.value))
    : valueTitle(metric.title, asValue(observation), metric, previous);
  return observationItemTitle(kind, observationState(observation), base);
}

/** Distinct from the status changes' guids, and a retraction's from the value's. */
export function observationGuid({ kind, observation }: ObservationFeedEntry): string {
  return kind === "retraction"
    ? `urn:followthrough:observation-retraction:${observation.id}`
    : `urn:followthrough:observation:${observation.id}`;
}

/** The evidence as an HTML list, every text escaped (status changes' items use it too). */
export function evidenceHtml(
  evidence: { url: string; title: string; publisher: string; publishedOn: Date; quote: string | null; kind: EvidenceKind }[],
): string {
  const items = evidence.map((item) => {
    const quote = item.quote ? `<blockquote>${escapeHtml(item.quote)}</blockquote>` : "";
    return `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>, ${escapeHtml(item.publisher)}, ${escapeHtml(formatDate(item.publishedOn))} (${escapeHtml(EVIDENCE_KIND_LABELS[item.kind])})${quote}</li>`;
  });
  return `<p>Evidence:</p><ul>${items.join("")}</ul>`;
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
export function observationHtml({ kind, observation }: ObservationFeedEntry, site: string): string {
  const { metric } = observation;
  const state = observationState(observation);
  const parts: string[] = [];
  if (kind === "retraction") {
    parts.push(
      `<p><strong>Retracted</strong> by ${escapeHtml(observation.retractedBy?.name ?? "an admin")}: ${escapeHtml(observation.retractionNote ?? "")} This value no longer counts toward the metric. It read:</p>`,
    );
  } else if (observation.correctsId) {
    parts.push(`<p><strong>Correction</strong> of value #${observation.correctsId}: ${escapeHtml(observation.correctionNote ?? "")}</p>`);
  }
  if (observation.revises) {
    parts.push(
      `<p><strong>Revision</strong> of value #${observation.revises.id}, ${escapeHtml(describeObservation(asValue(observation.revises), metric))}: the source revised its figure.</p>`,
    );
  }
  if (kind !== "retraction" && state === "retracted") {
    parts.push(`<p><strong>This value was retracted:</strong> ${escapeHtml(observation.retractionNote ?? "")}</p>`);
  }
  if (state === "corrected")
    parts.push(`<p><strong>This value was corrected</strong> (by value #${standingCorrectionOf(observation)!.id}).</p>`);
  if (state === "revised") parts.push(`<p><strong>This value was revised</strong> (by value #${standingRevisionOf(observation)!.id}).</p>`);
  const metricLink = `${site}${metricHref(metric.indicator.slug, metric.slug)}`;
  const stage = STAGE_INFO[observation.stage];
  parts.push(
    `<p><a href="${escapeHtml(metricLink)}">${escapeHtml(metric.title)}</a>: ${escapeHtml(describeObservation(asValue(observation), metric))}.</p>`,
  );
  parts.push(
    `<p>Stage: ${escapeHtml(stage.label)}. ${escapeHtml(stage.definition)}${observation.estimate ? " An estimate: the source marks the figure provisional." : ""}</p>`,
  );
  if (observation.note) parts.push(`<p>Note:</p>${paragraphs(observation.note)}`);
  parts.push(evidenceHtml(observation.evidence));
  parts.push(`<p>Recorded by ${escapeHtml(observation.author.name)}.</p>`);
  return parts.join("");
}

/** The item's plain-text summary: the value with its period and stage, then its note. */
export function observationSummary({ observation }: ObservationFeedEntry): string {
  const value = `${observation.metric.title}: ${describeObservation(asValue(observation), observation.metric)}.`;
  return observation.note ? `${value} ${observation.note}` : value;
}

/** Where the item leads: the value's permanent address. */
export const observationLink = ({ observation }: ObservationFeedEntry, site: string) =>
  `${site}${observationHref(observation.metric.indicator.slug, observation.id)}`;

/** Who the item is by: who recorded the value, or who retracted it. */
export const observationBy = ({ kind, observation }: ObservationFeedEntry) =>
  kind === "retraction" ? (observation.retractedBy?.name ?? "") : observation.author.name;

/** When the item last changed, for Last-Modified: its time, and edits of the metric (its title, unit) or of the indicator (its address). */
export const observationModified = ({ at, observation }: ObservationFeedEntry) =>
  Math.max(at.getTime(), observation.metric.updatedAt.getTime(), observation.metric.indicator.updatedAt.getTime());
