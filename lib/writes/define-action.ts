import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { authorize, type CurrentUser, type Role } from "@/lib/auth/auth";
import { failure, invalid, type ActionResult, type FormValues } from "@/lib/writes/action-result";
import { formDataToObject } from "@/lib/writes/form-data";
import { withLocale } from "@/lib/i18n/localized";
import { parseForm } from "@/lib/validation/issues";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// Every server action of the admin is written with formAction: the steps every action takes are
// here, once, and each action says only what is its own (who may call it, its schema, its write,
// and where to go or what to say once it is done):
//   1. parse: the form's fields into an object (lib/writes/form-data.ts), linear and bounded;
//   2. authorize: inside the action, against the database (lib/auth/auth.ts), never only in proxy.ts;
//   3. validate: with the entity's zod schema, field messages for the form;
//   4. write: the domain function, one transaction with its audit row; a write the public sees
//      publishes itself (publicWrite, lib/writes/publish.ts) once it has committed;
//   5. done: the browser's router cache is refreshed, then a redirect or a message.
// Whatever fails comes back as an ActionResult the form shows, the input kept (never a 500).
// Every message is in the editor's language (users.locale): the steps run inside withLocale
// (lib/i18n/localized.ts), so zod's messages (its own too: lib/validation/issues.ts), the domain's
// errors and `done` all speak it. Before
// the user is known (signing in, or a refusal to say who they are), the form's own `lang` field
// (the page's language; not part of any schema) says it.

type Done<Input, Result> = { redirect: (result: Result, input: Input) => string } | { message: (result: Result, input: Input) => string };

type Access = Role | "anyone";
/** The signed-in user the write gets: none when anyone may call the action. */
type UserFor<A extends Access> = A extends "anyone" ? null : CurrentUser;

export type FormActionOptions<Schema extends z.ZodType, Result, A extends Access> = {
  /** Who may call it: "editor" (editors and admins), "admin", or "anyone" (signing in). */
  role: A;
  schema: Schema;
  /** Fields never echoed back to the form (a password). */
  secret?: string[];
  write: (input: z.infer<Schema>, user: UserFor<A>) => Promise<Result>;
  done: Done<z.infer<Schema>, Result>;
};

export function formAction<Schema extends z.ZodType, Result, A extends Access>({
  role,
  schema,
  secret = [],
  write,
  done,
}: FormActionOptions<Schema, Result, A>) {
  return async function action(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
    const { lang, ...fields } = formDataToObject(formData);
    const values: FormValues = Object.fromEntries(Object.entries(fields).filter(([name]) => !secret.includes(name)));
    const formLocale: Locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
    const access = role === "anyone" ? { user: null } : await withLocale(formLocale, () => authorize(role));
    if ("denied" in access) return { ...access.denied, values };
    return withLocale(access.user?.locale ?? formLocale, () => run(fields, values, access.user as UserFor<A>));
  };

  async function run(fields: Record<string, unknown>, values: FormValues, user: UserFor<A>): Promise<ActionResult> {
    const parsed = parseForm(schema, fields);
    if (!parsed.success) return invalid(parsed.error, values);
    let result: Result;
    try {
      result = await write(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error); // Next.js's own signals (a redirect from signOut, say) go on
      return failure(error, values);
    }
    // Pages the editor's browser keeps in its router cache are fetched again.
    revalidatePath("/", "layout");
    if ("redirect" in done) redirect(done.redirect(result, parsed.data));
    return { ok: true, message: done.message(result, parsed.data) };
  }
}
