// The period an observation is for, written the way editors and sources write it, and read into
// a kind and its first and last day (UTC). Pure; tested in lib/rules/periods.test.ts.
//
//   2025          a calendar year
//   FY2024-25     a fiscal year (Canada's, 1 April 2024 to 31 March 2025)
//   2025-Q3       a quarter
//   2025-03       a month
//   2025-03-31    a day

export type PeriodKind = "YEAR" | "FISCAL_YEAR" | "QUARTER" | "MONTH" | "DAY";
export type Period = { kind: PeriodKind; label: string; start: Date; end: Date };

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0));
const inRange = (year: number) => year >= 1900 && year <= 2200;

/** The period written as `text`, or null when it is not one of the forms above. */
export function parsePeriod(text: string): Period | null {
  const value = text.trim().toUpperCase();
  let match = /^(\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    return inRange(year) ? { kind: "YEAR", label: match[1], start: utc(year, 1, 1), end: utc(year, 12, 31) } : null;
  }
  match = /^FY\s?(\d{4})[-/–](\d{2}|\d{4})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const next = match[2].length === 2 ? Number(match[1].slice(0, 2) + match[2]) : Number(match[2]);
    if (!inRange(year) || next !== year + 1) return null;
    return { kind: "FISCAL_YEAR", label: `FY${year}-${String(next).slice(2)}`, start: utc(year, 4, 1), end: utc(next, 3, 31) };
  }
  match = /^(\d{4})[-\s]?Q([1-4])$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    return inRange(year)
      ? { kind: "QUARTER", label: `${year}-Q${quarter}`, start: utc(year, quarter * 3 - 2, 1), end: lastDay(year, quarter * 3) }
      : null;
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return inRange(year) && month >= 1 && month <= 12
      ? { kind: "MONTH", label: value, start: utc(year, month, 1), end: lastDay(year, month) }
      : null;
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = utc(year, month, day);
    if (!inRange(year) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
    return { kind: "DAY", label: value, start: date, end: date };
  }
  return null;
}
