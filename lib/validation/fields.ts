// Building blocks shared by the entity schemas: text that is trimmed and cleaned, dates as
// YYYY-MM-DD, http(s) URLs, slugs. Every limit has a message that says it, in the editor's
// language: a field is named by a key of messages/<locale>/validation.json (`fields`), each message
// by a key of `field` or `errors`, resolved when the form is parsed (lib/i18n/localized.ts).
import { z } from "zod";
import { errorText, fieldText, type ErrorKey, type FieldLabel, type FieldMessageKey } from "@/lib/i18n/localized";
import { todayIso } from "@/lib/text/dates";
import { LIMITS } from "@/lib/rules/limits";

// C0 and C1 control characters other than tab, newline and carriage return carry no meaning in
// our text, cannot be stored (NUL) or sent in XML feeds: a field holding one is refused with a
// message naming it. The database refuses them too (migration 20261130000000_text_constraints).
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) can make
// text read in another order than it is written ("Trojan Source"): they are removed from every
// text on the way in, so no page, feed, image or file shows one. Marks (U+200E, U+200F, U+061C)
// are kept: they only nudge neutral characters and cannot reorder a text.
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A zod error about the field `label`, its text resolved at parse time in the editor's language. */
export const fieldError = (key: FieldMessageKey, label: FieldLabel, values?: Record<string, string | number>) => ({
  error: () => fieldText(key, label, values),
});

/** A zod error of validation.errors, resolved at parse time in the editor's language. */
export const ruleError = (key: ErrorKey, values?: Record<string, string | number>) => ({ error: () => errorText(key, values) });

/** "U+0007": how a message names an invisible character. */
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function controlMessage(label: FieldLabel, value: string) {
  const found = CONTROL.exec(value);
  return found ? fieldText("control", label, { char: codePoint(found[0]) }) : null;
}

/** Refuses a string holding a control character, with a message that names it. */
function withoutControls(label: FieldLabel) {
  return z.string(fieldError("required", label)).superRefine((value, ctx) => {
    const message = controlMessage(label, value);
    if (message) ctx.addIssue({ code: "custom", message });
  });
}

export function cleanText(value: string, { multiline = false } = {}) {
  let text = value.normalize("NFC").replace(/\r\n?/g, "\n").replace(BIDI_CONTROLS, "");
  if (!multiline) text = text.replace(/\s+/g, " ");
  return text.trim();
}

/** A required line of text, at most `max` characters. */
export function line(label: FieldLabel, max: number) {
  return withoutControls(label)
    .transform((value) => cleanText(value))
    .pipe(
      z
        .string()
        .min(1, fieldError("required", label))
        .max(max, fieldError("tooLong", label, { max })),
    );
}

/** A required block of text (newlines kept), at most `max` characters. */
export function paragraph(label: FieldLabel, max: number) {
  return withoutControls(label)
    .transform((value) => cleanText(value, { multiline: true }))
    .pipe(
      z
        .string()
        .min(1, fieldError("required", label))
        .max(max, fieldError("tooLong", label, { max })),
    );
}

/** An optional line of text (a French version beside its English original): blank becomes null. */
export function optionalLine(label: FieldLabel, max: number) {
  return withoutControls(label)
    .optional()
    .nullable()
    .transform((value) => (value ? cleanText(value) : ""))
    .pipe(z.string().max(max, fieldError("tooLong", label, { max })))
    .transform((value) => value || null);
}

/**
 * The French version of an English text: optional and held to its twin's limit. Blank is "not
 * translated yet" (null); a submission without the field leaves what is stored (undefined).
 */
export function french(label: FieldLabel, max: number, { multiline = false } = {}) {
  return (multiline ? optionalParagraph(label, max) : optionalLine(label, max)).optional();
}

/** Optional text: empty becomes null. */
export function optionalParagraph(label: FieldLabel, max: number) {
  return withoutControls(label)
    .optional()
    .nullable()
    .transform((value) => (value ? cleanText(value, { multiline: true }) : ""))
    .pipe(z.string().max(max, fieldError("tooLong", label, { max })))
    .transform((value) => value || null);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseIsoDate(value: string) {
  if (!isoDate.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/** A calendar date as YYYY-MM-DD (what <input type="date"> sends), as a Date at UTC midnight. */
export function date(label: FieldLabel, { notInFuture = false } = {}) {
  return z
    .string(fieldError("required", label))
    .trim()
    .min(1, fieldError("required", label))
    .transform((value, ctx) => {
      const parsed = parseIsoDate(value);
      if (!parsed || parsed.getUTCFullYear() < 1900 || parsed.getUTCFullYear() > 2200) {
        ctx.addIssue({ code: "custom", message: fieldText("date", label) });
        return z.NEVER;
      }
      if (notInFuture && value > todayIso()) {
        ctx.addIssue({ code: "custom", message: fieldText("future", label) });
        return z.NEVER;
      }
      return parsed;
    });
}

/** An optional date: blank is null; anything else must be a date, with the same message as date(). */
export function optionalDate(label: FieldLabel) {
  return z
    .string(fieldError("dateOrEmpty", label))
    .optional()
    .nullable()
    .transform((value) => value?.trim() || null)
    .pipe(date(label).nullable());
}

/** An absolute http(s) URL. `javascript:`, `data:` and every other scheme are refused. */
export function httpUrl(label: FieldLabel) {
  return z
    .string(fieldError("required", label))
    .trim()
    .min(1, fieldError("required", label))
    .max(LIMITS.url, fieldError("tooLong", label, { max: LIMITS.url }))
    .superRefine((value, ctx) => {
      const message = controlMessage(label, value);
      if (message) ctx.addIssue({ code: "custom", message, abort: true });
      else if (/[\s\u200E\u200F\u061C]/.test(value) || new RegExp(BIDI_CONTROLS.source).test(value)) {
        ctx.addIssue({ code: "custom", message: fieldText("urlSpaces", label), abort: true });
      }
    })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
        } catch {
          return false;
        }
      },
      fieldError("url", label),
    );
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a URL segment can be a slug at all (checked before it reaches a query). */
export function isSlug(value: string): boolean {
  return value.length <= LIMITS.slug && SLUG.test(value);
}

export const slug = z
  .string(fieldError("required", "slug"))
  .trim()
  .min(1, fieldError("required", "slug"))
  .max(LIMITS.slug, fieldError("tooLong", "slug", { max: LIMITS.slug }))
  .regex(SLUG, ruleError("slugForm"));

export const id = z.coerce.number(ruleError("id")).int(ruleError("id")).positive(ruleError("id")).max(2_147_483_647, ruleError("id"));

/** The version a form was based on (optimistic locking). */
export const version = z.coerce.number(ruleError("version")).int().min(1, ruleError("version")).max(2_147_483_647);

export const position = z.coerce
  .number(ruleError("orderWhole"))
  .int(ruleError("orderWhole"))
  .min(0, ruleError("orderMin"))
  .max(10_000, ruleError("orderMax", { max: 10_000 }));

/** An id from a URL segment, or null when it is not one. */
export function parseId(value: string): number | null {
  const parsed = id.safeParse(value);
  return parsed.success && /^\d+$/.test(value) ? parsed.data : null;
}
