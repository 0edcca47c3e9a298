// npm run db:migrate: applies pending SQL migrations to DATABASE_URL, or to the embedded database.
import { runWithDatabase } from "./lib/database.mjs";
import { applyMigrations } from "./lib/migrations.mjs";

await runWithDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
});
