// PostgreSQL killed under a running app right after a save (issue 9, finding 7): this test runs
// its own app on its own PostgreSQL (data kept across the restart), so the shared test server is
// not disturbed. Public pages are read as an anonymous reader would, bodies checked.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import pg from "pg";
import { startApp } from "../../scripts/lib/app-server.mjs";
import { createDatabaseIfMissing, startCluster } from "../../server/database/database.mjs";
import { upsertUser } from "../../server/users.mjs";
import { freePort } from "../support/test-database";
import { withClient } from "../../prisma/seed.mjs";
import { callAction, fillEvidence, parseXmlFeed, statusChangeFields, submitLogin } from "./support";

/** kill -9 of the postmaster: no shutdown, a stale postmaster.pid left behind. */
function killPostgres(dir: string) {
  const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
}

/** Starts the cluster again, waiting for the killed server's backends to let go of its memory. */
async function restart(options: { dir: string; port: number; password: string; persistent: boolean }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await startCluster(options);
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

test("after a save, PostgreSQL killed: readers get the last copies (marked stale), new pages a readable 503, saves a clear refusal; then all is fresh", async ({
  browser,
}) => {
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
  const reader = await playwrightRequest.newContext({ baseURL: app.base }); // no cookies: an anonymous reader
  try {
    const email = "fault-editor@example.org";
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await upsertUser(client, { email, password: "fault password 123", role: "editor", name: "Fault Editor" });
    const { rows } = await client.query("SELECT id, slug, title FROM indicators ORDER BY id LIMIT 1");
    await client.end();
    const [indicator] = rows;

    // The reader's copies, before anything changes.
    const routes = ["/", `/indicators/${indicator.slug}`, "/feed.xml", "/api/v1/status-changes", `/indicators/${indicator.slug}/badge.svg`];
    for (const route of routes) expect((await reader.get(route)).status(), route).toBe(200);

    // An editor saves a change: every copy is stale now.
    const context = await browser.newContext({ baseURL: app.base });
    const page = await context.newPage();
    await page.goto("/login?callbackUrl=" + encodeURIComponent(`/admin/indicators/${indicator.id}/changes/new`));
    await submitLogin(page, email, "fault password 123");
    await expect(page).toHaveURL(/changes\/new$/);
    const fillForm = async (summary: string) => {
      await page.getByLabel("New status").selectOption({ label: "In progress" });
      await page.getByLabel("Public summary", { exact: true }).fill(summary);
      await fillEvidence(page, 1, {
        url: "https://example.org/outage",
        title: "Outage evidence",
        publisher: "Publisher",
        date: "2026-01-01",
      });
    };
    // A change typed, but not yet sent when the database goes.
    await fillForm("Saved across the outage.");
    // Another saved just before (over HTTP, so that no page of the browser's prefetches the
    // public pages again after it and refreshes the copies this test wants stale).
    const version = await withClient(
      databaseUrl,
      async (db: pg.Client) => (await db.query("SELECT version FROM indicators WHERE id = $1", [indicator.id])).rows[0].version,
    );
    const saved = await callAction(page.request, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", {
      ...statusChangeFields(indicator.id, version, "Saved just before the outage."),
    });
    expect(saved.redirect).toContain("saved=change");

    killPostgres(dir);
    await cluster.stop().catch(() => {});
    // Its backends end once they notice: until then the database still answers.
    await expect.poll(async () => (await reader.get("/api/health")).status(), { timeout: 15_000 }).toBe(503);

    // Every page, feed and response the reader had: still served, marked stale.
    for (const route of routes) {
      const response = await reader.get(route);
      expect(response.status(), `${route} while the database is down`).toBe(200);
      expect(response.headers()["x-cache"], route).toBe("STALE");
      expect(response.headers()["cache-status"], route).toContain("stale");
    }
    const board = await (await reader.get("/")).text();
    expect(board).toContain(indicator.title);
    expect(board).toMatch(/Reflects changes up to <time/);
    expect(board).not.toContain("Saved just before the outage.");
    const feed = await parseXmlFeed(await (await reader.get("/feed.xml")).text());
    expect(feed.title).toContain("Followthrough");
    expect(await (await reader.get(`/indicators/${indicator.slug}/badge.svg`)).text()).toContain("<svg");
    expect((await (await reader.get("/api/v1/status-changes")).json()).data).toEqual([]);
    // Still so once the pages' 10 s lifetime has passed.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const later = await reader.get(`/indicators/${indicator.slug}`);
    expect([later.status(), later.headers()["x-cache"]]).toEqual([200, "STALE"]);
    expect(await later.text()).toContain(indicator.title);

    // Never rendered by this server: a readable 503 page, or a JSON reason; never a 500 or an empty shell.
    const uncached = await reader.get(`/indicators/${indicator.slug}/history/2`);
    expect(uncached.status()).toBe(503);
    expect(uncached.headers()["retry-after"]).toBe("30");
    expect(uncached.headers()["content-security-policy"]).toContain("default-src 'self'");
    const html = await uncached.text();
    expect(html).toMatch(/<h1[^>]*>This page is temporarily unavailable<\/h1>/);
    expect(html).toMatch(/<nav aria-label="Main"/);
    expect(html).toContain("What you can do");
    const uncachedFeed = await reader.get(`/indicators/${indicator.slug}/feed.atom`);
    expect([uncachedFeed.status(), uncachedFeed.headers()["retry-after"]]).toEqual([503, "30"]);
    expect((await uncachedFeed.json()).error.message).toContain("Temporarily unavailable");
    const health = await reader.get("/api/health");
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", database: "unavailable", reason: expect.stringMatching(/\S/) });

    // A save during the outage: refused, nothing lost from the form.
    await page.getByRole("button", { name: "Publish status change" }).click();
    await expect(page.getByTestId("form-message")).toContainText("The database is unavailable right now, so nothing was saved");
    await expect(page.getByLabel("Public summary", { exact: true })).toHaveValue("Saved across the outage.");
    await expect(page.getByRole("group", { name: "Evidence 1" }).getByLabel("URL")).toHaveValue("https://example.org/outage");

    cluster = await restart(clusterOptions);
    await expect.poll(async () => (await reader.get("/api/health")).status(), { timeout: 30_000 }).toBe(200);

    // Back: the form was opened before the other save, so it is refused as stale (nothing
    // overwritten); opened again, it saves, and the reader sees both changes, fresh.
    await page.getByRole("button", { name: "Publish status change" }).click();
    await expect(page.getByTestId("form-message")).toContainText("changed by Fault Editor");
    await page.reload();
    await fillForm("Saved across the outage.");
    await page.getByRole("button", { name: "Publish status change" }).click();
    await expect(page).toHaveURL(/saved=change$/, { timeout: 15_000 });
    // A page whose render failed a moment ago is tried again at most every 2 s.
    await expect
      .poll(async () => (await reader.get(`/indicators/${indicator.slug}`)).headers()["x-cache"], { timeout: 5_000 })
      .not.toBe("STALE");
    const text = await (await reader.get(`/indicators/${indicator.slug}`)).text();
    expect(text).toContain("Saved just before the outage.");
    expect(text).toContain("Saved across the outage.");
    const fresh = await parseXmlFeed(await (await reader.get("/feed.xml")).text());
    expect(fresh.items.map((item) => item.content).join()).toContain("Saved across the outage.");
    await expect.poll(async () => (await reader.get("/")).headers()["x-cache"], { timeout: 5_000 }).not.toBe("STALE");
    await context.close();
  } finally {
    await reader.dispose();
    await app.stop();
    await cluster.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});
