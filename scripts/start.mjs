// npm start: serves the production build on http://localhost:${PORT:-3000}.
//  1. finds the database: DATABASE_URL, or the embedded PostgreSQL under .data/ (started here);
//  2. applies pending migrations, seeds the first prediction when the database is empty, and
//     creates a first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is none;
//  3. runs the Next.js server with DATABASE_URL pointing at that database, and stops the
//     embedded PostgreSQL when the server exits.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DatabaseUnavailableError, openDatabase, projectRoot } from "./lib/database.mjs";
import { applyMigrations } from "./lib/migrations.mjs";
import { ensureAuthSecret } from "./lib/secrets.mjs";
import { bootstrapAdmin } from "./lib/users.mjs";
import { isEmpty, seed, withClient } from "../prisma/seed.mjs";

const require = createRequire(import.meta.url);
const port = process.env.PORT || "3000";
const hostname = process.env.HOSTNAME || "0.0.0.0";

function serverCommand() {
  // In the Docker image the standalone server sits next to this script's folder.
  const standalone = path.join(projectRoot, "server.js");
  if (existsSync(standalone)) return [standalone];
  if (!existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    throw Object.assign(new Error("No production build found. Run `npm run build` first."), { userFacing: true });
  }
  return [require.resolve("next/dist/bin/next", { paths: [projectRoot] }), "start", "--port", port, "--hostname", hostname];
}

let database;
try {
  const command = serverCommand();
  const authSecret = await ensureAuthSecret();
  database = await openDatabase({ log: (line) => console.log(line) });
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  await withClient(database.url, async (client) => {
    if (await isEmpty(client)) {
      await seed(client);
      console.log("Seeded the first prediction.");
    }
    const admin = await bootstrapAdmin(client);
    if (admin) console.log(`Created the first admin account, ${admin}.`);
  });

  const server = spawn(process.execPath, command, {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret, PORT: port, HOSTNAME: hostname, NODE_ENV: "production" },
  });
  const stop = (signal) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", async (code, signal) => {
    await database.close();
    process.exit(code ?? (signal ? 0 : 1));
  });
} catch (error) {
  await database?.close();
  if (error instanceof DatabaseUnavailableError || error?.userFacing) console.error(`error: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
