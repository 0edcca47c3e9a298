// The admin's lists as they appear in the URL (/admin?q=…&prediction=…&status=…&page=…): every
// parameter is checked on its own, and a bad one is ignored and named in a message, so a mistyped
// or stale link still shows a page (never a 500). Pure, shared by the admin pages.
import { isStatus, type Status } from "@/lib/rules/status";
import { cleanText, CONTROL, parseId } from "@/lib/validation/fields";

/** A page's searchParams as Next.js gives them (a repeated parameter is an array). */
export type SearchParams = Record<string, string | string[] | undefined>;

export const MAX_SEARCH_LENGTH = 200;
const MAX_PAGE = 100_000;

export type ListState = { q?: string; page: number };
export type IndicatorListState = ListState & { prediction?: number; status?: Status };

/** The first value of a parameter (a repeated one counts once). */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const quote = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

/** A page number from 1 to 100,000; anything else is page 1, with a message. */
export function parsePage(raw: string | string[] | undefined, problems: string[], noun = "page"): number {
  const value = first(raw);
  if (value === undefined || value === "") return 1;
  if (/^[1-9]\d{0,5}$/.test(value) && Number(value) <= MAX_PAGE) return Number(value);
  problems.push(`${quote(value)} is not a ${noun} number (1 to ${MAX_PAGE.toLocaleString("en")}); showing the first ${noun}.`);
  return 1;
}

const CONTROLS = new RegExp(CONTROL.source, "g");

/** Search text: cleaned like every text field (spaces collapsed), control characters dropped; too long is ignored. */
export function parseSearch(raw: string | string[] | undefined, problems: string[]): string | undefined {
  const value = cleanText((first(raw) ?? "").replace(CONTROLS, ""));
  if (!value) return undefined;
  if (value.length > MAX_SEARCH_LENGTH) {
    problems.push(`The search is longer than ${MAX_SEARCH_LENGTH} characters and is ignored.`);
    return undefined;
  }
  return value;
}

/** /admin's state: search text, prediction id, status, page. */
export function parseIndicatorList(search: SearchParams): { state: IndicatorListState; problems: string[] } {
  const problems: string[] = [];
  const state: IndicatorListState = { q: parseSearch(search.q, problems), page: parsePage(search.page, problems) };
  const prediction = first(search.prediction);
  if (prediction) {
    const id = parseId(prediction);
    if (id) state.prediction = id;
    else problems.push(`${quote(prediction)} is not a prediction; showing every prediction’s indicators.`);
  }
  const status = first(search.status);
  if (status) {
    if (isStatus(status)) state.status = status;
    else problems.push(`${quote(status)} is not a status; showing every status.`);
  }
  return { state, problems };
}

/** A list's state with only search text and page (predictions, sources). */
export function parseList(search: SearchParams): { state: ListState; problems: string[] } {
  const problems: string[] = [];
  return { state: { q: parseSearch(search.q, problems), page: parsePage(search.page, problems) }, problems };
}

/** The address of a list in a given state: parameters in a fixed order, empty ones and page 1 left out. */
export function listHref(path: string, state: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A list's page count; a page asked for past the last is named in `problems`. */
export function checkedPageCount(page: number, total: number, pageSize: number, problems: string[]): number {
  const pages = pageCount(total, pageSize);
  if (page > pages) problems.push(`Page ${page.toLocaleString("en")} is past the last page (${pages.toLocaleString("en")}).`);
  return pages;
}

/** The rows to skip for a page. */
export const offset = (page: number, pageSize: number) => (page - 1) * pageSize;

/**
 * Search text for Prisma's `contains`, which puts it inside a LIKE pattern as it is: % and _
 * would match anything, so they (and the escape character) are escaped to mean themselves.
 */
export const containsText = (q: string) => q.replace(/[\\%_]/g, "\\$&");
