import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Browser tests drive real Chromium against the production build (`npm run build` first; `npm test`
// does it). Debian's chromium is used when installed, since Playwright cannot download its own
// browser on our build machines; elsewhere Playwright's own Chromium is used.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

export const e2ePort = Number(process.env.E2E_PORT ?? 3107);

// The generated inputs of tests/e2e/bad-input.spec.ts: one seed per run, shared with the workers
// and printed there, so that a failing run can be replayed with FC_SEED=<seed>.
process.env.FC_SEED ??= String(Math.floor(Math.random() * 2 ** 31));

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One server and one database are shared: tests that write make their own rows.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
});
