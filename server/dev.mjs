// npm run dev: the development server with hot reload, on the same database as `npm start`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { openDatabase, projectRoot } from "./database/database.mjs";
import { applyMigrations } from "./database/migrations.mjs";
import { ensureAuthSecret } from "./secrets.mjs";
import { bootstrapAdmin } from "./users.mjs";
import { isEmpty, seed, withClient } from "../prisma/seed.mjs";

const require = createRequire(import.meta.url);
const database = await openDatabase({ log: (line) => console.log(line) });
await applyMigrations(database.url);
await withClient(database.url, async (client) => {
  if (await isEmpty(client)) await seed(client);
  await bootstrapAdmin(client);
});
const authSecret = await ensureAuthSecret();
const next = require.resolve("next/dist/bin/next", { paths: [projectRoot] });
const server = spawn(process.execPath, [next, "dev", "--port", process.env.PORT || "3000"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: authSecret },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await database.close();
  process.exit(code ?? 0);
});
