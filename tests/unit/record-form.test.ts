// The submit button of the catalogue's forms (components/forms.tsx, RecordForm) names what it
// saves in the admin's language: "Save indicator", "Enregistrer l’indicateur".
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en-CA/adminForms.json";
import fr from "@/messages/fr-CA/adminForms.json";

const t = (locale: "en-CA" | "fr-CA") =>
  createTranslator({ locale, messages: { adminForms: locale === "en-CA" ? en : fr }, namespace: "adminForms" });

describe("RecordForm's submit button", () => {
  it.each([
    ["prediction", "Save prediction", "Create prediction", "Enregistrer la prédiction", "Créer la prédiction"],
    ["indicator", "Save indicator", "Create indicator", "Enregistrer l’indicateur", "Créer l’indicateur"],
    ["source", "Save source", "Create source", "Enregistrer la source", "Créer la source"],
    ["metric", "Save metric", "Create metric", "Enregistrer la mesure", "Créer la mesure"],
  ] as const)("names a %s in English and in French", (noun, save, create, enregistrer, creer) => {
    expect(t("en-CA")("save", { noun })).toBe(save);
    expect(t("en-CA")("create", { noun })).toBe(create);
    expect(t("fr-CA")("save", { noun })).toBe(enregistrer);
    expect(t("fr-CA")("create", { noun })).toBe(creer);
  });
});
