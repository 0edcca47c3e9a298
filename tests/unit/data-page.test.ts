// The long-form pages' dictionaries (methodology, data) parse as messages in both languages, and
// /data lists the CSV exports' French columns as lib/open-data/csv.ts writes them.
import { describe, expect, it } from "vitest";
import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import { FRENCH_CSV_COLUMNS, isFrenchColumn, observationColumns, writtenFrenchColumns } from "@/app/[locale]/data/csv-columns";
import { loadMessages } from "@/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";

/** Every key path of a messages object whose value is a string. */
const keys = (value: unknown, prefix = ""): string[] =>
  typeof value === "string"
    ? [prefix]
    : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));

describe("the long-form pages' messages", () => {
  it.each(LOCALES.flatMap((locale) => (["methodology", "data"] as const).map((namespace) => [locale, namespace] as const)))(
    "%s %s: every message parses (tags closed, no stray < or {)",
    async (locale, namespace) => {
      const messages = await loadMessages(locale);
      const invalid: string[] = [];
      const onError = (error: IntlError) => {
        if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
      };
      // Keys are read from the files here, so the translator is used untyped.
      const t = createTranslator({ locale, messages, namespace, onError, getMessageFallback: () => "" }) as unknown as {
        markup: (key: string, tags: Record<string, (chunks: string) => string>) => string;
      };
      for (const key of keys(messages[namespace]))
        t.markup(key, { strong: (s: string) => s, em: (s: string) => s, code: (s: string) => s });
      expect(invalid).toEqual([]);
    },
  );
});

describe("/data's CSV columns", () => {
  it("lists the observations export's English columns, without the French ones", () => {
    expect(observationColumns[0]).toBe("id");
    expect(observationColumns.some(isFrenchColumn)).toBe(false);
  });

  it("documents the French columns the exports write, in their order", () => {
    // Before the exports carried French (issue 12) there was nothing to compare.
    for (const name of ["statusChanges", "observations"] as const) {
      if (writtenFrenchColumns[name].length > 0) expect(writtenFrenchColumns[name]).toEqual([...FRENCH_CSV_COLUMNS[name]]);
    }
  });
});
