import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { fieldError, id, line, ruleError, version } from "@/lib/validation/fields";
import { emailSchema } from "@/lib/validation/login";
import { LIMITS } from "@/lib/rules/limits";
import { LOCALES } from "@/lib/i18n/locales";

export const ROLES = Object.values(Role);

export const passwordSchema = z
  .string(fieldError("required", "password"))
  .min(LIMITS.passwordMin, ruleError("passwordTooShort", { min: LIMITS.passwordMin }))
  .max(LIMITS.password, ruleError("passwordTooLong", { max: LIMITS.password }));

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: line("name", LIMITS.name),
  role: z.enum(Role, ruleError("chooseRole")),
  password: passwordSchema,
});

/** An editor's own choice of the admin's language, and the admin page to return to. */
export const setLocaleSchema = z.strictObject({
  locale: z.enum(LOCALES, ruleError("chooseLocale")),
  returnTo: z.string().max(2000).optional(),
});

export const updateUserSchema = z.strictObject({
  id,
  version,
  role: z.enum(Role, ruleError("chooseRole")),
  active: z.enum(["true", "false"], ruleError("chooseActive")).transform((value) => value === "true"),
});
