import { describe, expect, it } from "vitest";
import { z } from "zod";
import { withLocale } from "@/lib/i18n/localized";
import { parseForm } from "@/lib/validation/issues";
import { fieldError, version } from "@/lib/validation/fields";

// What zod itself would say (an unknown field, a value no control of the form can send) comes in
// the editor's language too, as formAction parses every form; the schemas' own messages win.
const schema = z.strictObject({
  title: z.string(fieldError("required", "title")),
  version,
  estimate: z.union([z.literal("on"), z.literal("")]).optional(),
  evidence: z.array(z.strictObject({ url: z.string() })).optional(),
});

const messages = (locale: "en-CA" | "fr-CA", data: unknown) =>
  withLocale(locale, () => {
    const parsed = parseForm(schema, data);
    expect(parsed.success).toBe(false);
    return Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join(".") || "_form", issue.message]));
  });

describe("parseForm", () => {
  it("names unknown fields in the editor's language", () => {
    expect(messages("fr-CA", { title: "A", version: "1", removed: "x" })._form).toBe(
      "Ce formulaire contient des champs inconnus du serveur (removed); rechargez la page et réessayez.",
    );
    expect(messages("en-CA", { title: "A", version: "1", removed: "x" })._form).toBe(
      "This form has fields the server does not know (removed); reload the page and try again.",
    );
    expect(messages("fr-CA", { title: "A", version: "1", evidence: [{ url: "x", extra: "y" }] })["evidence.0"]).toMatch(/^Ce formulaire/);
  });

  it("refuses a value the form cannot send in the editor's language", () => {
    const french = messages("fr-CA", { title: "A", version: "1", estimate: "maybe", evidence: [{ url: 3 }] });
    const invalid = "Cette valeur ne peut pas venir du formulaire; rechargez la page et réessayez.";
    expect(french.estimate).toBe(invalid);
    expect(french["evidence.0.url"]).toBe(invalid);
  });

  it("keeps the schema's own messages", () => {
    expect(messages("fr-CA", { version: "1" }).title).toBe("Titre\u00a0: ce champ est obligatoire.");
  });
});
