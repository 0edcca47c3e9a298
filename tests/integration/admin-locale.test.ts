// An editor's own choice of the admin's language (users.locale): saved for that account alone,
// audited, independent of the account's version (an admin editing the account meanwhile is not
// refused because of it), and the form refuses anything but the two languages with a field message
// in the editor's language.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { findLiveSession, createSession } from "@/lib/auth/sessions";
import { withLocale } from "@/lib/i18n/localized";
import { setOwnLocale, updateUser } from "@/lib/users/accounts";
import { setLocaleSchema } from "@/lib/validation/user";
import { makeUser } from "./fixtures";

const db = getDb();

describe("the admin's language", () => {
  it("is saved for the editor alone, audited, and read with the session", async () => {
    const [editor, other, admin] = [await makeUser("editor"), await makeUser("editor"), await makeUser("admin")];
    expect(editor.locale).toBe("en-CA");
    await setOwnLocale(editor.id, "fr-CA");
    const [after, untouched] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: editor.id } }),
      db.user.findUniqueOrThrow({ where: { id: other.id } }),
    ]);
    expect(after).toMatchObject({ locale: "fr-CA", version: editor.version });
    expect(untouched.locale).toBe("en-CA");
    const audit = await db.auditLog.findMany({ where: { action: "user.locale", entityId: String(editor.id) } });
    expect(audit).toMatchObject([{ userId: editor.id, entityType: "user", before: { locale: "en-CA" }, after: { locale: "fr-CA" } }]);

    // An admin's form opened before the change still saves: the language is not the account's record.
    await updateUser({ id: editor.id, version: editor.version, role: "EDITOR", active: true }, admin.id);

    const sid = await createSession(editor.id, editor.sessionVersion, 60);
    expect(await findLiveSession(sid, String(editor.id))).toMatchObject({ id: editor.id, locale: "fr-CA" });
  });

  it("refuses another language, and another account, with messages in the editor's language", () => {
    const refuse = (locale: "en-CA" | "fr-CA", input: unknown) =>
      withLocale(locale, () => setLocaleSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(refuse("fr-CA", { locale: "de-DE" })).toEqual([["locale", "Choisissez l’anglais ou le français."]]);
    expect(refuse("en-CA", { locale: "" })).toEqual([["locale", "Choose English or French."]]);
    // The action sets the signed-in editor's own language: a form naming an account is refused.
    expect(refuse("en-CA", { locale: "fr-CA", id: "1" })?.[0][0]).toBe("");
    expect(setLocaleSchema.safeParse({ locale: "fr-CA", returnTo: "/admin/sources" }).success).toBe(true);
  });
});
