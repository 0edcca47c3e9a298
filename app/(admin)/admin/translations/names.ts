import { fieldName, type FieldNamesTranslator } from "../field-names";

/** The fields an entry still lacks the French of (stored names, as the queue lists them), in the admin's language. */
export function missingFields(t: FieldNamesTranslator, missing: readonly string[]): string {
  return missing.map((name) => fieldName(t, name)).join(", ");
}
