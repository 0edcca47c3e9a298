import { z } from "zod";

// The key is matched exactly against what the rate limit stored (a normalised email, or an
// address), so it is not cleaned, only bounded; control characters could never have been stored.
export const liftLockoutSchema = z.strictObject({
  kind: z.enum(["email", "ip"], { error: "Choose an email or an address." }),
  key: z
    .string({ error: "Say which email or address to lift." })
    .min(1, "Say which email or address to lift.")
    .max(254, "An email or address has at most 254 characters.")
    .regex(/^[^\u0000-\u001F\u007F-\u009F]*$/, "An email or address has no control characters."),
});
