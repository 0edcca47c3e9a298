import "server-only";
import { z } from "zod";

// The server's environment, parsed once on first use (not at import, so `next build` needs no
// database). server/start.mjs always provides DATABASE_URL, pointing at the embedded server
// when the person starting the app gave none.
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the app with `npm start`, which provides it." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SITE_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set. Start the app with `npm start`, which provides one." })
    .min(32, "AUTH_SECRET must have at least 32 characters."),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function getEnv(): Env {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  parsed = result.data;
  return parsed;
}
