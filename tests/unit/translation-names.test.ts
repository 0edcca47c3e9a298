// The translation queue names the fields still missing their French in the admin's language
// (app/(admin)/admin/translations/names.ts), every field of lib/i18n/content.ts's TRANSLATED_FIELDS.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en-CA/adminPeople.json";
import fr from "@/messages/fr-CA/adminPeople.json";
import { missingFields } from "@/app/(admin)/admin/translations/names";
import { TRANSLATED_FIELDS } from "@/lib/i18n/content";

const translatorIn = (locale: "en-CA" | "fr-CA") =>
  createTranslator({ locale, messages: { adminPeople: locale === "en-CA" ? en : fr }, namespace: "adminPeople.fieldNames" }) as never;

describe("the translation queue's missing fields", () => {
  it("are named in English and in French", () => {
    expect(missingFields(translatorIn("en-CA"), ["summary", "correctionNote"])).toBe("summary, correction note");
    expect(missingFields(translatorIn("fr-CA"), ["summary", "correctionNote"])).toBe("résumé, note de correction");
    expect(missingFields(translatorIn("fr-CA"), ["commitmentTitle"])).toBe("titre de l’engagement");
  });

  it("has a name for every translated field in both languages", () => {
    const fields = [...new Set(Object.values(TRANSLATED_FIELDS).flat())];
    expect(fields.filter((field) => !(field in en.fieldNames) || !(field in fr.fieldNames))).toEqual([]);
  });
});
