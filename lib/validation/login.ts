import { z } from "zod";
import { LIMITS } from "@/lib/rules/limits";
import { ruleError } from "@/lib/validation/fields";

export const emailSchema = z
  .string(ruleError("enterEmail"))
  .trim()
  .toLowerCase()
  .min(1, ruleError("enterEmail"))
  .max(LIMITS.email, ruleError("emailTooLong", { max: LIMITS.email }))
  .pipe(z.email(ruleError("emailInvalid")));

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string(ruleError("enterPassword"))
    .min(1, ruleError("enterPassword"))
    .max(LIMITS.password, ruleError("passwordTooLong", { max: LIMITS.password })),
});

/** The sign-in form: the credentials, and the admin page to return to. */
export const loginFormSchema = loginSchema.extend({ callbackUrl: z.string().max(2000).optional() });
