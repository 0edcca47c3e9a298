// An admin demoted by another admin loses admin access on their very next request: role is read
// from PostgreSQL on every request, not from the session cookie.
import { expect, test } from "@playwright/test";
import {
  callAction,
  createMetricFixture,
  createObservationFixture,
  createPredictionFixture,
  createUser,
  expectSaved,
  signIn,
  statusChangeFields,
  unique,
  withDb,
} from "./support";

test("a demoted admin's open session loses admin pages and actions on its next request, and keeps editing", async ({ browser }) => {
  const [demoted, other] = await Promise.all([createUser("admin", "demoted"), createUser("admin", "demoter")]);
  const fixture = await createPredictionFixture("demotion");
  const [indicator] = fixture.indicators;
  const demotedContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.61" } });
  const otherContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.62" } });
  const page = await demotedContext.newPage();
  await Promise.all([signIn(page.request, demoted), signIn(otherContext.request, other)]);
  // A status change recorded by the (once) admin, at the indicator's `version`, saved.
  const expectRecorded = async (version: number, summary: string) =>
    expectSaved(
      await callAction(
        page.request,
        `/admin/indicators/${indicator.id}/changes/new`,
        "recordStatusChangeAction",
        statusChangeFields(indicator.id, version, unique(summary)),
      ),
      `/admin/indicators/${indicator.id}?saved=change`,
    );

  // An admin, with a change of their own to retract later.
  expect((await page.goto("/admin/users"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectRecorded(1, "before demotion");
  const changeId = await withDb(
    async (client) => (await client.query("SELECT id FROM status_changes WHERE indicator_id = $1", [indicator.id])).rows[0].id as number,
  );

  // The other admin demotes them to editor; the account stays active and the session open.
  const version = await withDb(
    async (client) => (await client.query("SELECT version FROM users WHERE id = $1", [demoted.id])).rows[0].version as number,
  );
  const demotion = await callAction(otherContext.request, "/admin/users", "updateUserAction", {
    id: demoted.id,
    version,
    role: "EDITOR",
    active: "true",
  });
  expect(demotion.result).toMatchObject({ ok: true });

  // Their very next request to an admin page: 403.
  const users = await page.goto("/admin/users");
  expect(users?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);

  // Every admin-only action refuses, and writes nothing.
  const refused = { ok: false, status: 403, message: "Your role does not allow this. Nothing was saved." };
  const email = `${unique("made-by-demoted")}@example.org`;
  const expectRefused = async (path: string, action: string, fields: Record<string, string | number>) =>
    expect((await callAction(page.request, path, action, fields)).result, action).toMatchObject(refused);
  await expectRefused("/admin/users", "createUserAction", {
    email,
    name: "Should Not Exist",
    role: "ADMIN",
    password: "a long enough password",
  });
  await expectRefused("/admin/users", "updateUserAction", { id: demoted.id, version: version + 1, role: "ADMIN", active: "true" });
  await expectRefused(`/admin/changes/${changeId}/retract`, "retractStatusChangeAction", {
    changeId,
    version: 2,
    retractionNote: "Should not retract.",
  });
  const { metricId } = await createMetricFixture(indicator.id, "demotion-metric");
  const observationId = await createObservationFixture(metricId, other.id, 2023);
  await expectRefused(`/admin/observations/${observationId}/retract`, "retractObservationAction", {
    observationId,
    version: 1,
    retractionNote: "Should not retract.",
  });
  expect((await page.goto(`/admin/observations/${observationId}/retract`))?.status()).toBe(403);
  expect(
    await withDb(
      async (client) => (await client.query("SELECT retracted_at FROM observations WHERE id = $1", [observationId])).rows[0].retracted_at,
    ),
  ).toBeNull();
  expect(await withDb(async (client) => (await client.query("SELECT 1 FROM users WHERE email = $1", [email])).rowCount)).toBe(0);
  expect(
    await withDb(async (client) => (await client.query("SELECT role, active FROM users WHERE id = $1", [demoted.id])).rows[0]),
  ).toEqual({ role: "EDITOR", active: true });
  expect(
    await withDb(
      async (client) => (await client.query("SELECT retracted_at FROM status_changes WHERE id = $1", [changeId])).rows[0].retracted_at,
    ),
  ).toBeNull();

  // Still an editor: the admin's front page and an editor's save work.
  expect((await page.goto("/admin"))?.status()).toBe(200);
  await expectRecorded(2, "after demotion");
  await Promise.all([demotedContext.close(), otherContext.close()]);
});
