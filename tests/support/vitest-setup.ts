// Points the app's database client (lib/db.ts) at this run's test database.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
