// Starts the production server (scripts/start.mjs, as `npm start` does) on a fresh database
// for the browser tests, and stops it and drops the database afterwards.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createTestDatabase, startTestServer } from "../support/test-database";
import { e2ePort } from "../../playwright.config";

async function waitForHealth(url: string, server: { exitCode: number | null }, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app exited with code ${server.exitCode}; see test-results/e2e-server.log`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

export default async function globalSetup() {
  const postgres = await startTestServer();
  const database = await createTestDatabase(postgres.adminUrl, { migrate: false, label: "e2e" });
  process.env.E2E_DATABASE_URL = database.url;

  await mkdir("test-results", { recursive: true });
  const log = createWriteStream("test-results/e2e-server.log");
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      PORT: String(e2ePort),
      HOSTNAME: "127.0.0.1",
      SITE_URL: `http://127.0.0.1:${e2ePort}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  await waitForHealth(`http://127.0.0.1:${e2ePort}/api/health`, server);

  return async () => {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    await database.drop();
    await postgres.stop();
  };
}
