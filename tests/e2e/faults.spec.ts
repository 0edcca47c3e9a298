// PostgreSQL restarted under a running app: this test runs its own app on its own embedded
// PostgreSQL (data kept across the restart), so the shared test server is not disturbed.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { createDatabaseIfMissing, startCluster } from "../../scripts/lib/database.mjs";
import { upsertUser } from "../../scripts/lib/users.mjs";
import { freePort } from "../support/test-database";

test("cached pages keep answering while PostgreSQL restarts; saves fail clearly, keep their input, then succeed", async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "followthrough-fault-pg-"));
  const pgPort = await freePort();
  const password = randomBytes(12).toString("hex");
  const clusterOptions = { dir, port: pgPort, password, persistent: true };
  let cluster = await startCluster(clusterOptions);
  const adminUrl = `postgresql://postgres:${password}@127.0.0.1:${pgPort}/postgres`;
  await createDatabaseIfMissing(adminUrl, "faults");
  const databaseUrl = `postgresql://postgres:${password}@127.0.0.1:${pgPort}/faults`;
  const app = await startApp(databaseUrl);
  try {
    const email = "fault-editor@example.org";
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await upsertUser(client, { email, password: "fault password 123", role: "editor", name: "Fault Editor" });
    const { rows } = await client.query("SELECT id, slug FROM indicators ORDER BY id LIMIT 1");
    await client.end();
    const [indicator] = rows;

    const context = await browser.newContext({ baseURL: app.base });
    const page = await context.newPage();
    // Warm the public caches.
    for (const route of ["/", `/indicators/${indicator.slug}`, "/feed.xml", "/api/v1/status-changes"]) expect((await context.request.get(route)).status()).toBe(200);

    await page.goto("/login?callbackUrl=" + encodeURIComponent(`/admin/indicators/${indicator.id}/changes/new`));
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("fault password 123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/changes\/new$/);
    await page.getByLabel("New status").selectOption({ label: "In progress" });
    await page.getByLabel("Public summary").fill("Saved across an outage.");
    const group = page.getByRole("group", { name: "Evidence 1" });
    await group.getByLabel("URL").fill("https://example.org/outage");
    await group.getByLabel("Title").fill("Outage evidence");
    await group.getByLabel("Publisher").fill("Publisher");
    await group.getByLabel("Published").fill("2026-01-01");

    await cluster.stop();

    for (const route of ["/", `/indicators/${indicator.slug}`, "/feed.xml", "/api/v1/status-changes"]) {
      expect((await context.request.get(route)).status(), `${route} while the database is down`).toBe(200);
    }
    // Still so once the pages' 10 s lifetime has passed: the app serves its last copy.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    for (const route of ["/", `/indicators/${indicator.slug}`]) {
      expect((await context.request.get(route)).status(), `${route} 11 s into the outage`).toBe(200);
    }
    // A page not cached yet cannot be built: an error page whose message is in the HTML itself,
    // not Next.js's empty error shell.
    const uncached = await context.request.get(`/indicators/${indicator.slug}/history/2`);
    expect(uncached.status()).toBe(500);
    expect(await uncached.text()).toMatch(/<h1[^>]*>[^<]+<\/h1>/); // the empty shell has its heading only in script data
    const health = await context.request.get("/api/health");
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", database: "unavailable", reason: expect.stringMatching(/\S/) });

    await page.getByRole("button", { name: "Publish status change" }).click();
    await expect(page.getByTestId("form-message")).toContainText("The database is unavailable right now, so nothing was saved");
    await expect(page.getByLabel("Public summary")).toHaveValue("Saved across an outage.");
    await expect(group.getByLabel("URL")).toHaveValue("https://example.org/outage");

    cluster = await startCluster(clusterOptions);
    await expect.poll(async () => (await context.request.get("/api/health")).status(), { timeout: 30_000 }).toBe(200);

    await page.getByRole("button", { name: "Publish status change" }).click();
    await expect(page).toHaveURL(/saved=change$/, { timeout: 15_000 });
    await page.goto(`/indicators/${indicator.slug}`);
    await expect(page.getByTestId("timeline-entry").first()).toContainText("Saved across an outage.");
    await context.close();
  } finally {
    await app.stop();
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
