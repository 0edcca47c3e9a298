// What editors write, in the reader's language. English is the original of every text; its French
// version sits beside it as `<field>Fr` (prisma/schema.prisma; NULL until an editor adds it). A
// French reader gets the French text when there is one, otherwise the English original, marked
// with its language and as pending, so no page ever shows an empty field. Pure: pages, feeds, the
// open data and the admin's queue all read translations through here.
import type { Locale } from "@/lib/i18n/locales";
import { LIMITS } from "@/lib/rules/limits";

/** The language of every original text: editors write English first. */
export const ORIGINAL_LOCALE: Locale = "en-CA";

/** Each kind of record's texts that have a French version (`<field>Fr`). */
export const TRANSLATED_FIELDS = {
  prediction: ["title", "claim"],
  indicator: ["title", "criteria", "theme"],
  statusChange: ["summary", "correctionNote", "retractionNote"],
  evidence: ["title"],
  metric: ["title", "definition", "unit"],
  target: ["label", "commitmentTitle"],
  observation: ["note", "correctionNote", "retractionNote"],
} as const;

export type TranslatedKind = keyof typeof TRANSLATED_FIELDS;
export type TranslatedField<K extends TranslatedKind> = (typeof TRANSLATED_FIELDS)[K][number];

/** How long each translated text may be, in either language: a field added above fails to compile until it has one. */
export const TRANSLATED_LIMITS = {
  prediction: { title: LIMITS.predictionTitle, claim: LIMITS.claim },
  indicator: { title: LIMITS.indicatorTitle, criteria: LIMITS.criteria, theme: LIMITS.theme },
  statusChange: { summary: LIMITS.summary, correctionNote: LIMITS.correctionNote, retractionNote: LIMITS.retractionNote },
  evidence: { title: LIMITS.evidenceTitle },
  metric: { title: LIMITS.metricTitle, definition: LIMITS.definition, unit: LIMITS.unit },
  target: { label: LIMITS.targetLabel, commitmentTitle: LIMITS.commitmentTitle },
  observation: { note: LIMITS.observationNote, correctionNote: LIMITS.correctionNote, retractionNote: LIMITS.retractionNote },
} as const satisfies { [K in TranslatedKind]: Record<TranslatedField<K>, number> };

export type LocalizedText = {
  text: string;
  /** The language `text` is in: the reader's, or English when the translation is pending. */
  lang: Locale;
  /** The reader asked for French and there is none yet: `text` is the English original. */
  pending: boolean;
};

/** The name of a field's French twin: frenchField("correctionNote") is "correctionNoteFr". */
export const frenchField = <F extends string>(field: F) => `${field}Fr` as const;

type WithFrench<F extends string> = { [K in F]: string | null } & { [K in `${F}Fr`]?: string | null };

const present = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== "";

/**
 * A record's text in `locale`. A field whose English text is null (an optional note) gives null:
 * there is nothing to show in either language.
 */
export function localized<R extends WithFrench<F>, F extends string>(
  record: R,
  field: F,
  locale: Locale,
): R[F] extends string ? LocalizedText : LocalizedText | null;
export function localized<F extends string>(record: WithFrench<F>, field: F, locale: Locale): LocalizedText | null {
  const original = record[field];
  if (original === null || original === undefined) return null;
  if (locale === ORIGINAL_LOCALE) return { text: original, lang: ORIGINAL_LOCALE, pending: false };
  const french = (record as Record<string, string | null | undefined>)[frenchField(field)];
  return present(french) ? { text: french, lang: locale, pending: false } : { text: original, lang: ORIGINAL_LOCALE, pending: true };
}

/**
 * The fields of `record` (among `fields`) that have an English text and no French one yet: what the
 * admin's translation queue lists. An empty list means the record is fully translated.
 */
export function translationMissing<F extends string>(record: WithFrench<F>, fields: readonly F[]): F[] {
  return fields.filter(
    (field) => present(record[field]) && !present((record as Record<string, string | null | undefined>)[frenchField(field)]),
  );
}

/** A French text as the open data gives it: null when there is none yet (NULL, or blank). */
export const frenchOrNull = (french: string | null | undefined): string | null => (present(french) ? french : null);

/** A record's French version of `field`, or null when there is none yet (the open data's `<field>_fr`). */
export const frenchText = <F extends string>(record: WithFrench<F>, field: F): string | null =>
  frenchOrNull((record as Record<string, string | null | undefined>)[frenchField(field)]);
