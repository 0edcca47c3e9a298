"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { safeCallbackUrl, signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { checkLoginRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";
import { RefusedError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/localized";
import { loginFormSchema } from "@/lib/validation/login";
import { formAction } from "@/lib/writes/define-action";

async function refuseWhenLimited(email: string, ip: string) {
  const limit = await checkLoginRateLimit(email, ip);
  if (limit.limited) throw new RefusedError(429, rateLimitMessage(limit.retryAfterMinutes));
}

/** Signing in: Auth.js checks the password (and counts the attempt, lib/auth/auth.ts), then redirects. */
export const login = formAction({
  role: "anyone",
  schema: loginFormSchema,
  secret: ["password"],
  write: async ({ email, password, callbackUrl }) => {
    const ip = clientIp(await headers());
    await refuseWhenLimited(email, ip);
    try {
      await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) }); // redirects when it succeeds
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      await refuseWhenLimited(email, ip);
      throw new RefusedError(401, errorText("signInFailed"));
    }
  },
  done: { message: () => errorText("signedIn") },
});
