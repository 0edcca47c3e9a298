"use server";
import { safeCallbackUrl, signOut } from "@/lib/auth/auth";
import { endAllSessions } from "@/lib/auth/sessions";
import { errorText } from "@/lib/i18n/localized";
import { setOwnLocale } from "@/lib/users/accounts";
import { signOutEverywhereSchema } from "@/lib/validation/session";
import { setLocaleSchema } from "@/lib/validation/user";
import { formAction } from "@/lib/writes/define-action";

/** Signing out: Auth.js clears the cookie, and its signOut event revokes the session (lib/auth/auth.ts). */
export async function logout() {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the signed-in user, this one included, then goes to the sign-in page. */
export const signOutEverywhereAction = formAction({
  role: "editor",
  schema: signOutEverywhereSchema,
  write: async (_input, user) => {
    await endAllSessions(user.id, user.id);
    await signOut({ redirectTo: "/login?signedOut=everywhere" });
  },
  done: { message: () => errorText("signedOutEverywhere") },
});

/** The admin's language switch: the signed-in editor's own choice, then back to the page they were on. */
export const setLocaleAction = formAction({
  role: "editor",
  schema: setLocaleSchema,
  write: (input, user) => setOwnLocale(user.id, input.locale),
  done: { redirect: (_result, input) => safeCallbackUrl(input.returnTo) },
});
