// npm run db:migrate: applies pending SQL migrations to DATABASE_URL, or to the embedded database.
import { runWithDatabase } from "../server/database/database.mjs";
import { applyMigrations } from "../server/database/migrations.mjs";

await runWithDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
});
