"use server";
import { signOut } from "@/lib/auth/auth";
import { liftLockout } from "@/lib/auth/lockouts";
import { endAllSessions } from "@/lib/auth/sessions";
import { createUser, updateUser } from "@/lib/users/accounts";
import { liftLockoutSchema } from "@/lib/validation/lockout";
import { endUserSessionsSchema } from "@/lib/validation/session";
import { createUserSchema, updateUserSchema } from "@/lib/validation/user";
import { formAction } from "@/lib/writes/define-action";

export const createUserAction = formAction({
  role: "admin",
  schema: createUserSchema,
  secret: ["password"],
  write: (input, user) => createUser(input, user.id),
  done: { message: (user) => `Account created for ${user.name} (${user.email}). Give them their password through a private channel.` },
});

export const updateUserAction = formAction({
  role: "admin",
  schema: updateUserSchema,
  write: (input, user) => updateUser(input, user.id),
  done: { message: (user) => `${user.name}: ${user.active ? "active" : "deactivated"}, ${user.role === "ADMIN" ? "admin" : "editor"}.` },
});

export const endUserSessionsAction = formAction({
  role: "admin",
  schema: endUserSessionsSchema,
  write: async (input, admin) => {
    const result = await endAllSessions(input.id, admin.id);
    // Ending your own sessions ends this one too.
    if (result.user.id === admin.id) await signOut({ redirectTo: "/login?signedOut=everywhere" });
    return result;
  },
  done: {
    message: ({ user, ended }) =>
      ended
        ? `Ended ${ended} session${ended === 1 ? "" : "s"} of ${user.name}: they must sign in again.`
        : `${user.name} had no open session; nothing to end.`,
  },
});

export const liftLockoutAction = formAction({
  role: "admin",
  schema: liftLockoutSchema,
  write: (input, user) => liftLockout(input, user.id),
  done: {
    message: ({ failuresCleared }, input) =>
      `Lifted the lockout of ${input.kind === "email" ? input.key : `address ${input.key}`} (${failuresCleared} failed attempts cleared): the next sign-in attempt is allowed.`,
  },
});
