import "server-only";
import { z } from "zod";
import { toIsoDate } from "@/lib/text/dates";
import { getEnv } from "@/lib/env";
import { changeHref, entryState, historyEntryInclude, standingCorrection } from "@/lib/status-changes/history";
import { jsonError } from "@/lib/http/responses";
import { SLUG } from "@/lib/validation/fields";
import type { Evidence, Indicator, Prisma, StatusChange } from "@/lib/generated/prisma/client";
import { frenchText } from "@/lib/i18n/content";
import type { IndicatorSummary } from "@/lib/predictions/indicators";
import { statusLabel, VERDICT_INFO, verdictReasonText, type VerdictResult } from "@/lib/rules/status";

// The open-data API (/api/v1/…): JSON with snake_case fields and ISO 8601 dates, open to every
// origin for GET, errors as JSON with a reason. Documented field by field on /data.

export const LICENSE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); linked evidence belongs to its publishers";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link",
  "Access-Control-Max-Age": "86400",
};

export function preflight() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

export const siteUrl = () => getEnv().SITE_URL.replace(/\/$/, "");

/**
 * Parses a query string against a schema; unknown or repeated parameters are refused, so a typo
 * never silently returns unfiltered data. Returns the parsed query, or the 400 to send.
 */
export function parseQuery<Schema extends z.ZodObject>(url: URL, schema: Schema): { query: z.infer<Schema> } | { error: Response } {
  const entries = [...url.searchParams.entries()];
  const names = entries.map(([name]) => name);
  // Checked here, by name, rather than left to the schema: names such as "__proto__" never reach
  // an object's keys, so a strict schema cannot see them.
  const unknown = names.find((name) => !Object.hasOwn(schema.shape, name));
  if (unknown !== undefined) {
    const allowed = Object.keys(schema.shape);
    const known = allowed.length ? `Known parameters: ${allowed.join(", ")}.` : "This address takes no parameters.";
    return { error: jsonError(400, `Unknown parameter “${unknown.slice(0, 40)}”. ${known}`, CORS_HEADERS) };
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) return { error: jsonError(400, `The parameter “${repeated.slice(0, 40)}” is given more than once.`, CORS_HEADERS) };
  const query = new Map(entries);
  const parsed = schema.safeParse(
    Object.fromEntries(
      Object.keys(schema.shape)
        .filter((name) => query.has(name))
        .map((name) => [name, query.get(name)]),
    ),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: jsonError(400, `Parameter “${issue.path.join(".")}” ${issue.message}.`, CORS_HEADERS) };
  }
  return { query: parsed.data };
}

export const slugParam = z.string().regex(SLUG, "must be a slug (lower-case letters, digits, hyphens)").max(80, "is too long");
const dateParam = z.iso
  .date("must be a date as YYYY-MM-DD")
  .refine((value) => value >= "1900-01-01" && value <= "2200-12-31", "must be a date between 1900 and 2200");

export const statusChangesQuery = z.strictObject({
  indicator: slugParam.optional(),
  prediction: slugParam.optional(),
  from: dateParam.optional(),
  to: dateParam.optional(),
  cursor: z.string().max(200, "is too long").optional(),
  // Digits only: Number() would also read "0x10", "1e2", "+5" and " 5".
  limit: z
    .string()
    .regex(/^\d{1,6}$/, "must be a whole number written in digits (0-9)")
    .transform(Number)
    .pipe(z.number().min(1, "must be at least 1").max(200, "must be at most 200"))
    .optional(),
});
export type StatusChangesQuery = z.infer<typeof statusChangesQuery>;

/** Cursors are opaque to clients: the id of the last row of the previous page. */
export function encodeCursor(id: number) {
  return Buffer.from(JSON.stringify({ before: id })).toString("base64url");
}

export function decodeCursor(cursor: string): number | null {
  try {
    const { before } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Number.isInteger(before) && before > 0 && before <= 2_147_483_647 ? before : null;
  } catch {
    return null;
  }
}

/** The rows of a page read newest id first, `limit + 1` of them (the extra one says there is more), and the cursor of the next page. */
export function keysetPage<Row extends { id: number }>(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null };
}

/** The id condition of the page after `cursor` (every row when there is none). */
export const beforeCursor = (cursor: string | undefined) => {
  const before = cursor ? decodeCursor(cursor) : null;
  return before ? { id: { lt: before } } : {};
};

// A status change's columns; a value (Observation) has the same.
type Amendable = Pick<
  StatusChange,
  "correctsId" | "correctionNote" | "correctionNoteFr" | "retractedAt" | "retractionNote" | "retractionNoteFr"
> & {
  evidence: Pick<Evidence, "url" | "title" | "titleFr" | "publisher" | "publishedOn" | "quote" | "kind">[];
};

/**
 * The last fields of a status change and of a value alike: what it corrects, the correction that
 * stands over it (`correctedBy`), its retraction, each with its French note, and its evidence.
 */
export function amendmentsJson(record: Amendable, correctedBy: { id: number } | null | undefined) {
  return {
    corrects_id: record.correctsId,
    correction_note: record.correctionNote,
    correction_note_fr: frenchText(record, "correctionNote"),
    corrected_by_id: correctedBy?.id ?? null,
    retracted_at: record.retractedAt?.toISOString() ?? null,
    retraction_note: record.retractionNote,
    retraction_note_fr: frenchText(record, "retractionNote"),
    evidence: record.evidence.map((item) => ({
      url: item.url,
      title: item.title,
      title_fr: frenchText(item, "title"),
      publisher: item.publisher,
      published_on: toIsoDate(item.publishedOn),
      quote: item.quote,
      kind: item.kind,
    })),
  };
}

type ApiEntry = Prisma.StatusChangeGetPayload<{ include: typeof historyEntryInclude }>;

export function statusChangeJson(entry: ApiEntry) {
  return {
    id: entry.id,
    // Its permanent address: it leads to whichever page of the indicator's history shows it now.
    url: `${siteUrl()}${changeHref(entry.indicator.slug, entry.id)}`,
    indicator: entry.indicator.slug,
    prediction: entry.indicator.prediction.slug,
    from_status: entry.fromStatus,
    to_status: entry.toStatus,
    from_status_label: statusLabel(entry.fromStatus),
    to_status_label: statusLabel(entry.toStatus),
    effective_on: toIsoDate(entry.effectiveOn),
    published_at: entry.createdAt.toISOString(),
    summary: entry.summary,
    summary_fr: frenchText(entry, "summary"),
    author: entry.author.name,
    state: entryState(entry),
    ...amendmentsJson(entry, standingCorrection(entry)),
  };
}

/** An indicator as the API gives it; its French texts are `<field>_fr`, null until translated. */
export function indicatorJson(
  indicator: IndicatorSummary & Pick<Indicator, "titleFr" | "criteriaFr" | "themeFr"> & { position: number },
  predictionSlug: string,
  overdue: boolean,
) {
  const url = `${siteUrl()}/indicators/${indicator.slug}`;
  return {
    slug: indicator.slug,
    url,
    prediction: predictionSlug,
    title: indicator.title,
    criteria: indicator.criteria,
    theme: indicator.theme,
    title_fr: frenchText(indicator, "title"),
    criteria_fr: frenchText(indicator, "criteria"),
    theme_fr: frenchText(indicator, "theme"),
    target_on: indicator.targetOn ? toIsoDate(indicator.targetOn) : null,
    status: indicator.status,
    status_label: statusLabel(indicator.status),
    status_since: toIsoDate(indicator.statusSince),
    overdue,
    last_change_at: indicator.lastChangeAt?.toISOString() ?? null,
    position: indicator.position,
    feeds: { rss: `${url}/feed.xml`, atom: `${url}/feed.atom` },
    badge: `${url}/badge.svg`,
  };
}

export function verdictJson(verdict: VerdictResult) {
  // v1's reasons are the English sentences the board shows (the rule returns them as data).
  return {
    code: verdict.verdict,
    label: VERDICT_INFO[verdict.verdict].label,
    reasons: verdict.reasons.map((reason) => verdictReasonText(reason)),
  };
}
