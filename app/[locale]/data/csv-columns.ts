// The CSV exports' columns as /data lists them: the English ones as lib/open-data/csv.ts writes
// them, and the French ones, which it writes after every English column so that existing readers
// keep their column positions. tests/unit/data-page.test.ts holds the French list to the exports.
import { CSV_COLUMNS, OBSERVATION_CSV_COLUMNS } from "@/lib/open-data/csv";

export const isFrenchColumn = (name: string) => name.endsWith("_fr");

export const FRENCH_CSV_COLUMNS = {
  statusChanges: ["summary_fr", "correction_note_fr", "retraction_note_fr"],
  observations: ["unit_fr", "note_fr", "correction_note_fr", "retraction_note_fr"],
} as const;

/** The observations export's English columns, in order. */
export const observationColumns = OBSERVATION_CSV_COLUMNS.map((column) => column.name).filter((name) => !isFrenchColumn(name));

/** Each export's French columns as it writes them (empty before the exports carry French). */
export const writtenFrenchColumns = {
  statusChanges: CSV_COLUMNS.map((column) => column.name).filter(isFrenchColumn),
  observations: OBSERVATION_CSV_COLUMNS.map((column) => column.name).filter(isFrenchColumn),
};
