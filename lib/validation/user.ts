import { z } from "zod";
import { id, line, version } from "@/lib/validation/fields";
import { emailSchema } from "@/lib/validation/login";

export const ROLES = ["ADMIN", "EDITOR"] as const;

export const passwordSchema = z
  .string({ error: "Password is required." })
  .min(12, "A password has at least 12 characters.")
  .max(200, "A password has at most 200 characters.");

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: line("Name", 100),
  role: z.enum(ROLES, { error: "Choose a role." }),
  password: passwordSchema,
});

export const updateUserSchema = z.strictObject({
  id,
  version,
  role: z.enum(ROLES, { error: "Choose a role." }),
  active: z.enum(["true", "false"], { error: "Choose whether the account is active." }).transform((value) => value === "true"),
});
