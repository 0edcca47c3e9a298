// The open data's French fields, documented for /data (app/(public)/data/page.tsx renders the
// documentation; these rows belong beside each section's English fields there). Every text an
// editor writes has a French version `<field>_fr` beside it, null until an editor translates it;
// the English field is always the original. No v1 field changed. Rows are [field, type,
// description], as the page's field tables are.

type FieldRow = [name: string, type: string, description: string];

const pending = "null until it is translated (readers of the French site then see the English text, marked as pending)";

/** The convention, stated once at the top of the documentation. */
export const FRENCH_FIELDS_CONVENTION =
  "Texts written by editors are in English, the original, and in French: each English text field has a French twin named " +
  `<field>_fr, ${pending}. Quotes from sources stay in their own language, and a source's title is the publication's own, so neither has a French twin.`;

/** Per section of /data (its id), the French fields to list after the English ones. */
export const FRENCH_FIELDS: Record<"predictions" | "indicators" | "status-changes" | "metrics" | "observations", FieldRow[]> = {
  predictions: [
    ["title_fr", "string or null", `The title in French; ${pending}.`],
    [
      "claim_fr",
      "string or null",
      "The claim in French, or null. Where the claim quotes its source, the quote stays in its language and any French rendering is marked as a translation.",
    ],
  ],
  indicators: [["title_fr, criteria_fr, theme_fr", "string or null", `The title, criteria and theme in French; each ${pending}.`]],
  "status-changes": [
    ["summary_fr", "string or null", "The summary in French (the same Markdown subset), or null."],
    ["correction_note_fr, retraction_note_fr", "string or null", "The notes in French; null when there is no note or no translation yet."],
    [
      "evidence[].title_fr",
      "string or null",
      "The evidence's title in French, or null (a French title the editor gave; the publication's own title stays in title).",
    ],
  ],
  metrics: [
    ["title_fr, definition_fr, unit_fr", "string or null", `The title, definition and unit in French; each ${pending}.`],
    [
      "targets[].label_fr, targets[].commitment.title_fr",
      "string or null",
      "The target's label and the commitment's title in French, or null.",
    ],
  ],
  observations: [
    ["unit_fr", "string or null", "The metric's unit in French, or null."],
    [
      "note_fr, correction_note_fr, retraction_note_fr",
      "string or null",
      "The notes in French; null when there is no note or no translation yet.",
    ],
    ["evidence[].title_fr", "string or null", "As for status changes."],
  ],
};

/** The CSV exports' French columns, which come after every English column, in this order. */
export const FRENCH_CSV_COLUMNS = {
  "status-changes.csv": ["summary_fr", "correction_note_fr", "retraction_note_fr"],
  "observations.csv": ["unit_fr", "note_fr", "correction_note_fr", "retraction_note_fr"],
} as const;
