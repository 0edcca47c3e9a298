// npm run user:create -- --email <email> --password <password> --role admin|editor [--name "Full name"]
// Creates the account, or resets the password and role of an existing one (reactivating it and
// ending its sessions). Works on DATABASE_URL or the embedded database, app running or not.
import { parseArgs } from "node:util";
import { runWithDatabase } from "../server/database/database.mjs";
import { applyMigrations } from "../server/database/migrations.mjs";
import { upsertUser, validateUserInput } from "../server/users.mjs";
import { withClient } from "../prisma/seed.mjs";

const usage = "usage: npm run user:create -- --email <email> --password <password> --role admin|editor [--name <name>]";

let options;
try {
  ({ values: options } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  }));
} catch (error) {
  console.error(`error: ${error.message}\n${usage}`);
  process.exit(2);
}
const problems = validateUserInput(options);
if (problems.length) {
  console.error(`error: ${problems.join("\n       ")}\n${usage}`);
  process.exit(2);
}

await runWithDatabase(async (url) => {
  await applyMigrations(url);
  const outcome = await withClient(url, (client) => upsertUser(client, options));
  console.log(
    outcome === "created"
      ? `Created ${options.role} ${options.email.toLowerCase()}.`
      : `Reset the password and role (${options.role}) of ${options.email.toLowerCase()}; the account is active and its old sessions have ended.`,
  );
});
