"use server";
import { signOut } from "@/lib/auth/auth";
import { endAllSessions } from "@/lib/auth/sessions";
import { signOutEverywhereSchema } from "@/lib/validation/session";
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
  done: { message: () => "Signed out everywhere." },
});
