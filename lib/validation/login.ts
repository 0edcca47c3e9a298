import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "A password has at most 200 characters."),
});

/** The sign-in form: the credentials, and the admin page to return to. */
export const loginFormSchema = loginSchema.extend({ callbackUrl: z.string().max(2000).optional() });
