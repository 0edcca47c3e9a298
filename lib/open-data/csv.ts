// CSV for spreadsheets (RFC 4180): every field quoted, quotes doubled, CRLF line ends, and a UTF-8
// byte order mark first, without which Excel reads UTF-8 as a legacy code page and garbles accents,
// emoji and right-to-left text. Text that starts like a formula (= + - @, tab, CR) gets a leading
// apostrophe, so a spreadsheet shows it instead of running it. The observations' export writes its
// numbers bare (csvNumber), so that a negative value stays a number.
import type { ExportRow } from "@/lib/open-data/documents";
import type { ObservationExportRow } from "@/lib/open-data/metrics";

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
  // French versions (FRENCH_CSV_COLUMNS, lib/open-data/french-fields.ts), after every English
  // column so that existing readers keep their column positions.
  { name: "summary_fr", value: (r) => r.summary_fr },
  { name: "correction_note_fr", value: (r) => r.correction_note_fr },
  { name: "retraction_note_fr", value: (r) => r.retraction_note_fr },
];

/**
 * A number as a bare field, neither quoted nor given an apostrophe, so that a spreadsheet reads it
 * as a number, a minus sign included; null is an empty field. Only a plain decimal ("-0.5",
 * "1234.50", "17") is written bare: anything else is written as text by csvField.
 */
export function csvNumber(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? text : csvField(text);
}

type ObservationColumn = { name: string; number?: true; value: (row: ObservationExportRow) => string | number | boolean | null };

/** /api/v1/observations.csv's columns, in order (documented on /data). */
export const OBSERVATION_CSV_COLUMNS: ObservationColumn[] = [
  { name: "id", number: true, value: (r) => r.id },
  { name: "indicator", value: (r) => r.indicator },
  { name: "prediction", value: (r) => r.prediction },
  { name: "metric", value: (r) => r.metric },
  { name: "period_kind", value: (r) => r.period_kind },
  { name: "period_label", value: (r) => r.period_label },
  { name: "period_start", value: (r) => r.period_start },
  { name: "period_end", value: (r) => r.period_end },
  { name: "stage", value: (r) => r.stage },
  { name: "stage_label", value: (r) => r.stage_label },
  { name: "estimate", value: (r) => r.estimate },
  { name: "value", number: true, value: (r) => r.value },
  { name: "unit", value: (r) => r.unit },
  { name: "note", value: (r) => r.note },
  { name: "published_at", value: (r) => r.published_at },
  { name: "author", value: (r) => r.author },
  { name: "state", value: (r) => r.state },
  { name: "revises_id", number: true, value: (r) => r.revises_id },
  { name: "revised_by_id", number: true, value: (r) => r.revised_by_id },
  { name: "corrects_id", number: true, value: (r) => r.corrects_id },
  { name: "correction_note", value: (r) => r.correction_note },
  { name: "corrected_by_id", number: true, value: (r) => r.corrected_by_id },
  { name: "retracted_at", value: (r) => r.retracted_at },
  { name: "retraction_note", value: (r) => r.retraction_note },
  { name: "evidence_count", number: true, value: (r) => r.evidence_count },
  { name: "evidence_urls", value: (r) => r.evidence_urls },
  { name: "url", value: (r) => r.url },
  // French versions, after every English column (as in CSV_COLUMNS).
  { name: "unit_fr", value: (r) => r.unit_fr },
  { name: "note_fr", value: (r) => r.note_fr },
  { name: "correction_note_fr", value: (r) => r.correction_note_fr },
  { name: "retraction_note_fr", value: (r) => r.retraction_note_fr },
];

export const observationCsvHeader = () => csvLine(OBSERVATION_CSV_COLUMNS.map((column) => column.name));

export function observationCsvLine(row: ObservationExportRow): string {
  return (
    OBSERVATION_CSV_COLUMNS.map((column) => {
      const value = column.value(row);
      return column.number ? csvNumber(value as string | number | null) : csvField(value);
    }).join(",") + "\r\n"
  );
}
