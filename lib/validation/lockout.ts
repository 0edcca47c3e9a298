import { z } from "zod";
import { ruleError } from "@/lib/validation/fields";

// The key is matched exactly against what the rate limit stored (a normalised email, or an
// address), so it is not cleaned, only bounded; control characters could never have been stored.
export const liftLockoutSchema = z.strictObject({
  kind: z.enum(["email", "ip"], ruleError("chooseLockoutKind")),
  key: z
    .string(ruleError("lockoutKey"))
    .min(1, ruleError("lockoutKey"))
    .max(254, ruleError("lockoutKeyTooLong"))
    .regex(/^[^\u0000-\u001F\u007F-\u009F]*$/, ruleError("lockoutKeyControl")),
});
