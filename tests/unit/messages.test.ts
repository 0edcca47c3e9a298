// The interface strings: every key in both languages, and French written as Quebec usage wants it
// (Office québécois de la langue française): a non-breaking space (U+00A0) before a colon and inside
// « », and no space, or a thin non-breaking one (U+202F), before ; ? !
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/i18n/messages";
import { LOCALES } from "@/lib/i18n/locales";

const dir = path.join(process.cwd(), "messages");
const read = (locale: string, namespace: string) => JSON.parse(readFileSync(path.join(dir, locale, `${namespace}.json`), "utf8"));

/** Every key path of a messages object: "status.ACHIEVED.label". */
function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** Every string of a messages object, with its key path. */
function strings(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => strings(child, prefix ? `${prefix}.${key}` : key));
}

/** What is wrong with a French string's punctuation, or null. Placeholders ({name}) are skipped. */
export function frenchTypographyProblem(text: string): string | null {
  const plain = text.replace(/\{[^{}]*\}/g, "X");
  if (/[^\u00a0]:(\s|$)/.test(plain) && !/^[^:]*https?:/.test(plain)) return "a colon needs a non-breaking space (U+00A0) before it";
  if (/«(?!\u00a0)/.test(plain)) return "« needs a non-breaking space (U+00A0) after it";
  if (/(?<!\u00a0)»/.test(plain)) return "» needs a non-breaking space (U+00A0) before it";
  if (/[ \u00a0][;?!]/.test(plain)) return "no space (or a thin non-breaking one, U+202F) before ; ? !";
  return null;
}

describe("interface strings", () => {
  it("has one file per namespace in each language, and no other", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(dir, locale)).map((file) => file.replace(/\.json$/, ""));
      expect(files.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES.map((namespace) => [namespace]))("%s: every key exists in both languages", (namespace) => {
    const [en, fr] = LOCALES.map((locale) => keys(read(locale, namespace)).sort());
    expect(fr, `keys missing in French, or only in French (${namespace})`).toEqual(en);
    for (const locale of LOCALES) {
      for (const [key, text] of strings(read(locale, namespace)))
        expect(text.trim(), `${locale} ${namespace}.${key} is empty`).not.toBe("");
    }
  });

  it.each(NAMESPACES.map((namespace) => [namespace]))("%s: French follows Quebec typography", (namespace) => {
    const problems = strings(read("fr-CA", namespace))
      .map(([key, text]) => [key, frenchTypographyProblem(text)])
      .filter(([, problem]) => problem);
    expect(problems).toEqual([]);
  });

  it("catches what it should", () => {
    expect(frenchTypographyProblem("Sinon : oui")).toMatch(/colon/);
    expect(frenchTypographyProblem("Sinon: oui")).toMatch(/colon/);
    expect(frenchTypographyProblem("Sinon\u00a0: oui")).toBeNull();
    expect(frenchTypographyProblem("« oui »")).toMatch(/«/);
    expect(frenchTypographyProblem("«\u00a0oui\u00a0»")).toBeNull();
    expect(frenchTypographyProblem("Vraiment ?")).toMatch(/space/);
    expect(frenchTypographyProblem("Vraiment?")).toBeNull();
    expect(frenchTypographyProblem("Vraiment\u202f?")).toBeNull();
    expect(frenchTypographyProblem("Voir https://example.org")).toBeNull();
  });
});
