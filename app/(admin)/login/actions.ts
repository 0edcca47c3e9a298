"use server";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { invalid, type ActionResult } from "@/lib/writes/action-result";
import { safeCallbackUrl, signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { formDataToObject } from "@/lib/writes/form-data";
import { checkLoginRateLimit, rateLimitMessage } from "@/lib/auth/rate-limit";
import { loginSchema } from "@/lib/validation/login";

const GENERIC_FAILURE = "That email and password do not match an active account.";

export async function login(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const fields = formDataToObject(formData);
  // The password is never echoed back to the page.
  const values = { email: String(fields.email ?? "").slice(0, 254) };
  const parsed = loginSchema.safeParse({ email: fields.email ?? "", password: fields.password ?? "" });
  if (!parsed.success) return invalid(parsed.error, values);

  const ip = clientIp(await headers());
  const limit = await checkLoginRateLimit(parsed.data.email, ip);
  if (limit.limited) return { ok: false, status: 429, message: rateLimitMessage(limit.retryAfterMinutes), values };

  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(fields.callbackUrl),
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect that signals success
    const limitNow = await checkLoginRateLimit(parsed.data.email, ip);
    if (limitNow.limited) return { ok: false, status: 429, message: rateLimitMessage(limitNow.retryAfterMinutes), values };
    return { ok: false, status: 401, message: GENERIC_FAILURE, values };
  }
  return { ok: true, message: "Signed in." };
}
