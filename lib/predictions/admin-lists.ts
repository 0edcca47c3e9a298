// The admin's lists as they appear in the URL (/admin?q=…&prediction=…&status=…&page=…): every
// parameter is checked on its own, and a bad one is ignored and named in a message, so a mistyped
// or stale link still shows a page (never a 500). Pure, shared by the admin pages.
//
// The messages are adminCatalog.problems keys, resolved in the admin's language (the `locale`
// each parser takes; English when none is given, as in tests), like lib/i18n/localized.ts does
// for validation messages.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en-CA/adminCatalog.json" with { type: "json" };
import fr from "@/messages/fr-CA/adminCatalog.json" with { type: "json" };
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
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

const MESSAGES: Record<Locale, typeof en> = { "en-CA": en, "fr-CA": fr };

/** A message about a list's parameters: a key of adminCatalog.problems. */
export type ListProblemKey = keyof (typeof en)["problems"];

/** The text of adminCatalog.problems.<key> in `locale` (the admin's language). */
export function listProblemText(key: ListProblemKey, values: Record<string, string | number>, locale: Locale = DEFAULT_LOCALE): string {
  const t = createTranslator({ locale, messages: { adminCatalog: MESSAGES[locale] }, namespace: "adminCatalog.problems" });
  return t(key, values as never);
}

/** A value from the URL as a message quotes it: at most 40 characters (the quotes are the message's). */
export const shortValue = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A page number from 1 to 100,000; anything else is page 1, with a message. */
export function parsePage(raw: string | string[] | undefined, problems: string[], locale: Locale = DEFAULT_LOCALE): number {
  const value = first(raw);
  if (value === undefined || value === "") return 1;
  if (/^[1-9]\d{0,5}$/.test(value) && Number(value) <= MAX_PAGE) return Number(value);
  problems.push(listProblemText("notPage", { value: shortValue(value), max: MAX_PAGE }, locale));
  return 1;
}

const CONTROLS = new RegExp(CONTROL.source, "g");

/** Search text: cleaned like every text field (spaces collapsed), control characters dropped; too long is ignored. */
export function parseSearch(raw: string | string[] | undefined, problems: string[], locale: Locale = DEFAULT_LOCALE): string | undefined {
  const value = cleanText((first(raw) ?? "").replace(CONTROLS, ""));
  if (!value) return undefined;
  if (value.length > MAX_SEARCH_LENGTH) {
    problems.push(listProblemText("searchTooLong", { max: MAX_SEARCH_LENGTH }, locale));
    return undefined;
  }
  return value;
}

/** /admin's state: search text, prediction id, status, page. */
export function parseIndicatorList(
  search: SearchParams,
  locale: Locale = DEFAULT_LOCALE,
): { state: IndicatorListState; problems: string[] } {
  const problems: string[] = [];
  const state: IndicatorListState = { q: parseSearch(search.q, problems, locale), page: parsePage(search.page, problems, locale) };
  const prediction = first(search.prediction);
  if (prediction) {
    const id = parseId(prediction);
    if (id) state.prediction = id;
    else problems.push(listProblemText("notPrediction", { value: shortValue(prediction) }, locale));
  }
  const status = first(search.status);
  if (status) {
    if (isStatus(status)) state.status = status;
    else problems.push(listProblemText("notStatus", { value: shortValue(status) }, locale));
  }
  return { state, problems };
}

/** A list's state with only search text and page (predictions, sources). */
export function parseList(search: SearchParams, locale: Locale = DEFAULT_LOCALE): { state: ListState; problems: string[] } {
  const problems: string[] = [];
  return { state: { q: parseSearch(search.q, problems, locale), page: parsePage(search.page, problems, locale) }, problems };
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
export function checkedPageCount(
  page: number,
  total: number,
  pageSize: number,
  problems: string[],
  locale: Locale = DEFAULT_LOCALE,
): number {
  const pages = pageCount(total, pageSize);
  if (page > pages) problems.push(listProblemText("pastLast", { page, pages }, locale));
  return pages;
}

/** The rows to skip for a page. */
export const offset = (page: number, pageSize: number) => (page - 1) * pageSize;

/**
 * Search text for Prisma's `contains`, which puts it inside a LIKE pattern as it is: % and _
 * would match anything, so they (and the escape character) are escaped to mean themselves.
 */
export const containsText = (q: string) => q.replace(/[\\%_]/g, "\\$&");
