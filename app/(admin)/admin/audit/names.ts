import type { getTranslations } from "next-intl/server";
import type { AuditChange } from "@/lib/writes/audit-changes";
import { fieldName, type FieldNamesTranslator } from "../field-names";

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"adminPeople.audit">>>;

// An entry's entity type (and record), action and what it changed, named in the admin's language
// (adminPeople.audit.entities, .actions and .changes; fields by adminPeople.fieldNames). One the
// messages do not know (an action added without its names) shows as stored.
export function auditNames(t: AuditTranslator, fields: FieldNamesTranslator) {
  const entity = (type: string) => (t.has(`entities.${type}` as never) ? t(`entities.${type}` as never) : type.replaceAll("_", " "));
  return {
    entity,
    /** "indicator #12", "indicateur nº 12". */
    record: (type: string, id: string) => t("entityRef", { entity: entity(type), id }),
    action: (action: string) => (t.has(`actions.${action}` as never) ? t(`actions.${action}` as never) : action),
    change: (change: AuditChange): string => {
      switch (change.kind) {
        case "revised":
          return t("changes.revised", { value: change.value, replaces: change.replaces });
        case "corrected":
          return t("changes.corrected", { value: change.value });
        case "fields": {
          const named = change.fields.map((name) => fieldName(fields, name)).join(", ");
          return change.more > 0 ? t("changes.fieldsMore", { fields: named, more: change.more }) : named;
        }
        default:
          return t(`changes.${change.kind}`);
      }
    },
  };
}
