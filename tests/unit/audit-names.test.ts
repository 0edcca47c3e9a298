// The audit log in the admin's language: actions, entities and what each entry changed
// (app/(admin)/admin/audit/names.ts over lib/writes/audit-changes.ts), in English and in French.
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en-CA/adminPeople.json";
import fr from "@/messages/fr-CA/adminPeople.json";
import { auditNames } from "@/app/(admin)/admin/audit/names";
import { describeAuditChange } from "@/lib/writes/audit-changes";

const translator = (locale: "en-CA" | "fr-CA", namespace: "adminPeople.audit" | "adminPeople.fieldNames") =>
  createTranslator({ locale, messages: { adminPeople: locale === "en-CA" ? en : fr }, namespace }) as never;
const namesIn = (locale: "en-CA" | "fr-CA") =>
  auditNames(translator(locale, "adminPeople.audit"), translator(locale, "adminPeople.fieldNames"));

describe("audit names", () => {
  const cases: [string, unknown, unknown, string, string][] = [
    ["prediction.create", undefined, { id: 1, title: "A" }, "created", "création"],
    ["metric_target.delete", { id: 4 }, undefined, "deleted", "suppression"],
    [
      "observation.revise",
      { id: 3 },
      { id: 7 },
      "revised: value #7 replaces #3",
      "révision\u00a0: la valeur nº\u00a07 remplace la nº\u00a03",
    ],
    ["observation.correct", { id: 3 }, { id: 8 }, "corrected by value #8", "corrigée par la valeur nº\u00a08"],
    ["observation.retract", { id: 3 }, { id: 3 }, "retracted", "rétractation"],
    ["prediction.update", { version: 1 }, { version: 2 }, "no field", "aucun champ"],
    ["prediction.update", { title: "A", claim: "B" }, { title: "A2", claim: "B2" }, "title, claim", "titre, affirmation"],
    ["status_change.translate", { summaryFr: null }, { summaryFr: "Résumé" }, "French summary", "résumé en français"],
    [
      "user.update",
      { role: "editor", active: true, name: "A" },
      { role: "admin", active: false, name: "B" },
      "role, active, name",
      "rôle, actif, nom",
    ],
  ];
  it.each(cases)("%s says what it changed in English and in French", (action, before, after, english, french) => {
    const change = describeAuditChange(action, before, after);
    expect(namesIn("en-CA").change(change)).toBe(english);
    expect(namesIn("fr-CA").change(change)).toBe(french);
  });

  it("counts the fields beyond six in the admin's language", () => {
    const keys = ["title", "claim", "slug", "horizonOn", "sourceId", "position", "titleFr", "claimFr"];
    const change = describeAuditChange(
      "prediction.update",
      Object.fromEntries(keys.map((key) => [key, 1])),
      Object.fromEntries(keys.map((key) => [key, 2])),
    );
    expect(namesIn("en-CA").change(change)).toBe("title, claim, slug, horizon, source, order and 2 more");
    expect(namesIn("fr-CA").change(change)).toBe("titre, affirmation, identifiant d’adresse, horizon, source, ordre et 2\u00a0autres");
  });

  it("shows a field it has no name for as stored", () => {
    expect(namesIn("fr-CA").change({ kind: "fields", fields: ["somethingNew"], more: 0 })).toBe("somethingNew");
  });

  it("names every action and entity in French", () => {
    const names = namesIn("fr-CA");
    expect(names.action("observation.revise")).toBe("valeur\u00a0: révision");
    expect(names.entity("metric_target")).toBe("cible de mesure");
    expect(names.record("metric_target", "12")).toBe("cible de mesure nº\u00a012");
    expect(namesIn("en-CA").record("metric_target", "12")).toBe("metric target #12");
  });
});
