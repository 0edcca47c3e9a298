import { frenchField, TRANSLATED_FIELDS, TRANSLATED_LIMITS, type TranslatedField } from "@/lib/i18n/content";
import type { FrenchText } from "./french-form";

type Entry = "statusChange" | "observation";

/**
 * What FrenchForm asks of an entry that is translated after it is published: each of its
 * TRANSLATED_FIELDS that has an English text, named by `label`, with its French so far.
 */
export function frenchTexts<K extends Entry>(
  kind: K,
  record: Partial<Record<TranslatedField<K> | `${TranslatedField<K>}Fr`, string | null>>,
  label: (field: TranslatedField<K>) => string,
): FrenchText[] {
  const fields: readonly TranslatedField<K>[] = TRANSLATED_FIELDS[kind];
  return fields.flatMap((field) => {
    const english = record[field];
    const maxLength: number = (TRANSLATED_LIMITS[kind] as Record<string, number>)[field];
    return english
      ? [{ name: frenchField(field), label: label(field), english, saved: record[frenchField(field)] ?? null, maxLength }]
      : [];
  });
}
