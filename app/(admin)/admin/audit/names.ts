import type { getTranslations } from "next-intl/server";

type AuditTranslator = Awaited<ReturnType<typeof getTranslations<"adminPeople.audit">>>;

// An entry's entity type and action, named in the admin's language (adminPeople.audit.entities and
// .actions). One the messages do not know (an action added without its names) shows as stored.
export function auditNames(t: AuditTranslator) {
  return {
    entity: (type: string) => (t.has(`entities.${type}` as never) ? t(`entities.${type}` as never) : type.replaceAll("_", " ")),
    action: (action: string) => (t.has(`actions.${action}` as never) ? t(`actions.${action}` as never) : action),
  };
}
