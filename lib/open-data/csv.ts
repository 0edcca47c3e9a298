// CSV for spreadsheets (RFC 4180): every field quoted, quotes doubled, CRLF line ends, and a UTF-8
// byte order mark first, without which Excel reads UTF-8 as a legacy code page and garbles accents,
// emoji and right-to-left text. Text that starts like a formula (= + - @, tab, CR) gets a leading
// apostrophe, so a spreadsheet shows it instead of running it.
import type { ExportRow } from "@/lib/open-data/documents";

export const CSV_BOM = "\uFEFF";

type Row = ExportRow;

export function csvField(value: string | number | boolean | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(fields: (string | number | boolean | null)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

export const CSV_COLUMNS: { name: string; value: (row: Row) => string | number | null }[] = [
  { name: "id", value: (r) => r.id },
  { name: "indicator", value: (r) => r.indicator },
  { name: "prediction", value: (r) => r.prediction },
  { name: "from_status", value: (r) => r.from_status },
  { name: "to_status", value: (r) => r.to_status },
  { name: "from_status_label", value: (r) => r.from_status_label },
  { name: "to_status_label", value: (r) => r.to_status_label },
  { name: "effective_on", value: (r) => r.effective_on },
  { name: "published_at", value: (r) => r.published_at },
  { name: "state", value: (r) => r.state },
  { name: "summary", value: (r) => r.summary },
  { name: "author", value: (r) => r.author },
  { name: "corrects_id", value: (r) => r.corrects_id },
  { name: "correction_note", value: (r) => r.correction_note },
  { name: "corrected_by_id", value: (r) => r.corrected_by_id },
  { name: "retracted_at", value: (r) => r.retracted_at },
  { name: "retraction_note", value: (r) => r.retraction_note },
  { name: "evidence_count", value: (r) => r.evidence_count },
  { name: "evidence_urls", value: (r) => r.evidence_urls },
  { name: "url", value: (r) => r.url },
];
