// Points the app's database client (lib/db.ts) at this run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
