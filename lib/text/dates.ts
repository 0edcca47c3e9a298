// Calendar dates. Dates without a time (effective dates, targets, publication dates) are stored
// as PostgreSQL DATE and arrive as Date objects at UTC midnight; they are compared and shown in UTC
// so that a date never shifts by a day with the server's time zone.

import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

export type DatePrecision = "DAY" | "MONTH" | "YEAR";

/** "2026-03-01" for a Date, in UTC. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in UTC, as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

// Formatters are built once per language: constructing an Intl.DateTimeFormat costs far more than using one.
const dateOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  MONTH: { year: "numeric", month: "long", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};
const momentOptions: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
  timeZoneName: "short",
};
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, key: DatePrecision | "MOMENT") {
  const id = `${locale}:${key}`;
  let format = formatters.get(id);
  if (!format) formatters.set(id, (format = new Intl.DateTimeFormat(locale, key === "MOMENT" ? momentOptions : dateOptions[key])));
  return format;
}

/** "March 1, 2026" or "1er mars 2026"; "March 2026" or "mars 2026" when only the month is known. */
export function formatDate(date: Date, precision: DatePrecision = "DAY", locale: Locale = DEFAULT_LOCALE): string {
  return firstOfMonth(formatter(locale, precision).format(date), date, precision, locale);
}

// French writes the first day of a month as an ordinal, "1er mars" (OQLF); Intl writes "1 mars".
function firstOfMonth(text: string, date: Date, precision: DatePrecision, locale: Locale) {
  return locale === "fr-CA" && precision === "DAY" && date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, "1er") : text;
}

/** "November 25, 2026 at 19:40 UTC" or "25 novembre 2026 à 19 h 40 UTC": a moment, for stamps such as "reflects changes up to". */
export function formatMoment(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return firstOfMonth(formatter(locale, "MOMENT").format(date), date, "DAY", locale);
}
