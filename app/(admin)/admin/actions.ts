"use server";
import { failure, invalid, type ActionResult } from "@/lib/writes/action-result";
import { authorize, signOut } from "@/lib/auth/auth";
import { formDataToObject } from "@/lib/writes/form-data";
import { endAllSessions } from "@/lib/auth/sessions";
import { signOutEverywhereSchema } from "@/lib/validation/session";

/** Signing out: Auth.js clears the cookie, and its signOut event revokes the session (lib/auth/auth.ts). */
export async function logout() {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the signed-in user, this one included, then goes to the sign-in page. */
export async function signOutEverywhereAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formDataToObject(formData);
  const access = await authorize("editor");
  if ("denied" in access) return access.denied;
  const parsed = signOutEverywhereSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    await endAllSessions(access.user.id, access.user.id);
  } catch (error) {
    return failure(error, values);
  }
  await signOut({ redirectTo: "/login?signedOut=everywhere" });
  return { ok: true, message: "Signed out everywhere." };
}
