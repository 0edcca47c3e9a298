// Calendar dates. Dates without a time (effective dates, targets, publication dates) are stored
// as PostgreSQL DATE and arrive as Date objects at UTC midnight; they are compared and shown in UTC
// so that a date never shifts by a day with the server's time zone.

export type DatePrecision = "DAY" | "MONTH" | "YEAR";

/** "2026-03-01" for a Date, in UTC. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in UTC, as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

// Formatters are built once: constructing an Intl.DateTimeFormat costs far more than using one.
const formats: Record<DatePrecision, Intl.DateTimeFormat> = {
  DAY: new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
  MONTH: new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "long", timeZone: "UTC" }),
  YEAR: new Intl.DateTimeFormat("en-CA", { year: "numeric", timeZone: "UTC" }),
};

/** "March 1, 2026", or "March 2026" when only the month is known. */
export function formatDate(date: Date, precision: DatePrecision = "DAY"): string {
  return formats[precision].format(date);
}

/** "November 25, 2026 at 19:40 UTC": a moment, for stamps such as "reflects changes up to". */
const momentFormat = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatMoment(date: Date): string {
  return momentFormat.format(date);
}
