import { z } from "zod";
import { LIMITS } from "@/lib/rules/limits";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(LIMITS.email, `An email address has at most ${LIMITS.email} characters.`)
  .pipe(z.email("Enter a valid email address."));

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(LIMITS.password, `A password has at most ${LIMITS.password} characters.`),
});

/** The sign-in form: the credentials, and the admin page to return to. */
export const loginFormSchema = loginSchema.extend({ callbackUrl: z.string().max(2000).optional() });
