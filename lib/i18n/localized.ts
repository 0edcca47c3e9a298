// The language of a write, and the messages it produces in that language: zod's field messages
// (lib/validation/*), what lib/writes/action-result.ts and authorize() answer, and the texts of
// RuleError, ConflictError and the like thrown in lib/**.
//
// How: formAction (lib/writes/define-action.ts) runs each action inside withLocale(the editor's
// users.locale), an AsyncLocalStorage that follows the action's async work (its transaction
// included). The schemas and the domain code name a key of messages/<locale>/validation.json,
// never a text; the text is resolved when the message is produced (a zod error function, at parse
// time; an error's constructor) in the language in scope, English when none is (tests, command
// lines). So one schema serves both languages, and a key missing in either language fails
// tests/unit/messages.test.ts (parity) and tests/unit/validation-messages.test.ts (keys used).
import { AsyncLocalStorage } from "node:async_hooks";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en-CA/validation.json" with { type: "json" };
import fr from "@/messages/fr-CA/validation.json" with { type: "json" };
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const storage = new AsyncLocalStorage<Locale>();

/** Runs `fn` (and everything it awaits) with `locale` as the language of its messages. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  return storage.run(locale, fn);
}

/** The language of the write in progress: the editor's, or English outside one. */
export function currentLocale(): Locale {
  return storage.getStore() ?? DEFAULT_LOCALE;
}

type Messages = typeof en;
const MESSAGES: Record<Locale, Messages> = { "en-CA": en, "fr-CA": fr };

const make = (locale: Locale) => createTranslator({ locale, messages: { validation: MESSAGES[locale] }, namespace: "validation" });
const translators = new Map<Locale, ReturnType<typeof make>>();
function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}

/** A field's name as messages say it ("Evidence title"): a key of validation.fields. */
export type FieldLabel = keyof Messages["fields"];
/** A message about one field: a key of validation.field, its text taking {field}. */
export type FieldMessageKey = keyof Messages["field"];
/** A message about the whole form or a rule: a key of validation.errors. */
export type ErrorKey = keyof Messages["errors"];

type Values = Record<string, string | number>;

/** The text of validation.errors.<key>, in the current (or the given) language. */
export function errorText(key: ErrorKey, values?: Values, locale: Locale = currentLocale()): string {
  return translator(locale)(`errors.${key}`, values as never);
}

/** The text of validation.field.<key> about the field `label`, in the current language. */
export function fieldText(key: FieldMessageKey, label: FieldLabel, values?: Values, locale: Locale = currentLocale()): string {
  const t = translator(locale);
  return t(`field.${key}`, { ...values, field: t(`fields.${label}`) } as never);
}

/** A field's name in the current language. */
export function fieldLabel(label: FieldLabel, locale: Locale = currentLocale()): string {
  return translator(locale)(`fields.${label}`);
}
