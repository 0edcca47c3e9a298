// The messages editors get from the schemas and the domain's rules name keys of
// messages/<locale>/validation.json (lib/i18n/localized.ts). Every key the code names exists in both
// languages, and every schema, parsed in French as formAction parses it, answers in French on every
// field, unknown fields included.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en-CA/validation.json";
import fr from "@/messages/fr-CA/validation.json";
import { withLocale } from "@/lib/i18n/localized";
import { indicatorSchema } from "@/lib/validation/indicator";
import { loginSchema } from "@/lib/validation/login";
import { recordObservationSchema, metricSchema, createTargetSchema } from "@/lib/validation/metric";
import { predictionSchema } from "@/lib/validation/prediction";
import { sourceSchema } from "@/lib/validation/source";
import { correctStatusChangeSchema } from "@/lib/validation/status-change";
import { createUserSchema, setLocaleSchema } from "@/lib/validation/user";
import { liftLockoutSchema } from "@/lib/validation/lockout";
import { parseForm } from "@/lib/validation/issues";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = [...files("lib"), ...files("app")].map((file) => readFileSync(file, "utf8"));
const used = (pattern: RegExp) => [...new Set(sources.flatMap((text) => [...text.matchAll(pattern)].map((match) => match[1])))];

describe("validation messages", () => {
  it("every key the code names exists in English and in French", () => {
    const errors = used(/\b(?:errorText|ruleError)\(\s*"([^"]+)"/g);
    const fieldMessages = used(/\b(?:fieldText|fieldError)\(\s*"([^"]+)"/g);
    const labels = used(/\b(?:fieldText|fieldError)\(\s*"[^"]+",\s*"([^"]+)"/g);
    expect(errors.length).toBeGreaterThan(40);
    for (const messages of [en, fr]) {
      expect(errors.filter((key) => !(key in messages.errors))).toEqual([]);
      expect(fieldMessages.filter((key) => !(key in messages.field))).toEqual([]);
      expect(labels.filter((key) => !(key in messages.fields))).toEqual([]);
    }
  });

  it.each([
    ["prediction", predictionSchema],
    ["indicator", indicatorSchema],
    ["source", sourceSchema],
    ["status change correction", correctStatusChangeSchema],
    ["metric", metricSchema],
    ["target", createTargetSchema],
    ["observation", recordObservationSchema],
    ["account", createUserSchema],
    ["language", setLocaleSchema],
    ["sign-in", loginSchema],
    ["lockout", liftLockoutSchema],
  ] as const)("the %s form, parsed in French, answers in French on every field", (_name, schema) => {
    const bad = { unknownField: "x", evidence: [{}], slug: "Not A Slug", url: "javascript:x", decimals: "9", position: "-1", locale: "de" };
    const messagesIn = (locale: "en-CA" | "fr-CA") =>
      withLocale(locale, () => {
        const parsed = parseForm(schema, bad);
        expect(parsed.success).toBe(false);
        return parsed.error!.issues.map((issue) => issue.message);
      });
    const [english, french] = [messagesIn("en-CA"), messagesIn("fr-CA")];
    expect(french.length).toBe(english.length);
    expect(french.length).toBeGreaterThan(0);
    for (const [index, message] of french.entries()) {
      expect(message, `${english[index]} has no French version`).not.toBe(english[index]);
      expect(message).not.toMatch(/^(validation\.|fields\.|errors\.|field\.)/);
    }
  });
});
