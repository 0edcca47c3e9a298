// Starts the production server (server/start.mjs, as `npm start` does) on a fresh database
// for the browser tests, and stops it and drops the database afterwards.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { createTestDatabase, startTestServer } from "../support/test-database";
import { e2ePort } from "../../playwright.config";

export default async function globalSetup() {
  const postgres = await startTestServer();
  const database = await createTestDatabase(postgres.adminUrl, { migrate: false, label: "e2e" });
  process.env.E2E_DATABASE_URL = database.url;

  await mkdir("test-results", { recursive: true });
  const log = createWriteStream("test-results/e2e-server.log");
  // TRUST_PROXY: the tests play the reverse proxy, giving each browser context its own address.
  const app = await startApp(database.url, { port: e2ePort, env: { TRUST_PROXY: "true" }, onOutput: (chunk) => log.write(chunk) });
  // For tests that watch the server process itself (its memory, its log).
  process.env.E2E_APP_PID = String(app.pid);

  return async () => {
    await app.stop();
    log.end();
    await database.drop();
    await postgres.stop();
  };
}
