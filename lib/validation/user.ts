import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { id, line, version } from "@/lib/validation/fields";
import { emailSchema } from "@/lib/validation/login";
import { LIMITS } from "@/lib/rules/limits";

export const ROLES = Object.values(Role);

export const passwordSchema = z
  .string({ error: "Password is required." })
  .min(LIMITS.passwordMin, `A password has at least ${LIMITS.passwordMin} characters.`)
  .max(LIMITS.password, `A password has at most ${LIMITS.password} characters.`);

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: line("Name", LIMITS.name),
  role: z.enum(Role, { error: "Choose a role." }),
  password: passwordSchema,
});

export const updateUserSchema = z.strictObject({
  id,
  version,
  role: z.enum(Role, { error: "Choose a role." }),
  active: z.enum(["true", "false"], { error: "Choose whether the account is active." }).transform((value) => value === "true"),
});
