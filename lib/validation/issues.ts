// How every form is parsed (formAction, lib/writes/define-action.ts): with the schema, and with an
// error map for what zod would otherwise say itself, in English. Every field an editor fills has
// its own message (lib/validation/fields.ts); zod's own issues come only from what a form's
// controls cannot send: a field the schema does not know (a page opened before an update, a
// forged request) or a hidden field or choice changed by hand. Those are answered here in the
// editor's language (validation.errors.unknownFields and .notFromForm); a schema's own message
// always wins over this map (zod 4: schema-level errors take precedence over per-parse ones).
import type { z } from "zod";
import { errorText } from "@/lib/i18n/localized";

function issueMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.code === "unrecognized_keys") return errorText("unknownFields", { keys: issue.keys.join(", ").slice(0, 200) });
  return errorText("notFromForm");
}

/** `schema.safeParse(data)` with zod's own messages in the language of the write in progress. */
export function parseForm<Schema extends z.ZodType>(schema: Schema, data: unknown) {
  return schema.safeParse(data, { error: issueMessage });
}
