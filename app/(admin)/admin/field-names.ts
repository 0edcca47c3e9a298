import type { getTranslations } from "next-intl/server";

export type FieldNamesTranslator = Awaited<ReturnType<typeof getTranslations<"adminPeople.fieldNames">>>;

// A record's field, by its stored (Prisma) name, as the admin names it in the editor's language
// (messages adminPeople.fieldNames): what the audit log says an entry changed, what the
// translation queue says is missing. A field the messages do not know shows as stored.
export function fieldName(t: FieldNamesTranslator, name: string): string {
  return t.has(name as never) ? t(name as never) : name;
}
