// Who may do what: anonymous visitors, editors, admins and deactivated accounts against every
// admin page and every server action that changes data, asserting the actual HTTP answer and
// whether the row was written. Route handlers of our own that change data: none yet (Auth.js's
// /api/auth/* endpoints are covered by the sign-in and CSRF tests in security.spec.ts).
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  callAction,
  createMetricFixture,
  createObservationFixture,
  createPredictionFixture,
  createUser,
  deactivate,
  observationFields,
  signIn,
  statusChangeFields,
  unique,
  withDb,
  type TestUser,
} from "./support";

type Role = "anonymous" | "deactivated" | "editor" | "admin";
const ROLES: Role[] = ["anonymous", "deactivated", "editor", "admin"];

let contexts: Record<Role, APIRequestContext>;
let fixture: Awaited<ReturnType<typeof createPredictionFixture>>;
let changeId: number;
let admin: TestUser;
let metric: Awaited<ReturnType<typeof createMetricFixture>>;
let observationId: number;
// Each recorded value corrected or retracted here is for a year of its own.
let year = 1950;

async function newStatusChange(indicatorId: number, authorId: number) {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO status_changes (indicator_id, from_status, to_status, effective_on, summary, author_id)
       VALUES ($1, 'NOT_YET_RATED', 'IN_PROGRESS', '2026-01-01', 'Matrix fixture', $2) RETURNING id`,
      [indicatorId, authorId],
    );
    await client.query(
      `INSERT INTO evidence (status_change_id, url, title, publisher, published_on, kind) VALUES ($1, 'https://example.org/e', 'E', 'P', '2026-01-01', 'NEWS')`,
      [rows[0].id],
    );
    return rows[0].id as number;
  });
}

const version = (table: string, id: number) =>
  withDb(async (client) => (await client.query(`SELECT version FROM ${table} WHERE id = $1`, [id])).rows[0].version as number);
const exists = (sql: string, params: unknown[]) => withDb(async (client) => (await client.query(sql, params)).rowCount! > 0);

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  admin = await createUser("admin", "matrix-admin");
  const editor = await createUser("editor", "matrix-editor");
  const gone = await createUser("editor", "matrix-deactivated");
  contexts = {
    // A session cookie that is not valid gets anonymous requests past proxy.ts's cookie check, so
    // the pages' and actions' own checks are what answers.
    anonymous: await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: "authjs.session-token=not-a-session" } }),
    deactivated: await playwright.request.newContext({ baseURL }),
    editor: await playwright.request.newContext({ baseURL }),
    admin: await playwright.request.newContext({ baseURL }),
  };
  await signIn(contexts.deactivated, gone);
  await signIn(contexts.editor, editor);
  await signIn(contexts.admin, admin);
  await deactivate(gone);
  fixture = await createPredictionFixture("matrix", 2);
  changeId = await newStatusChange(fixture.indicators[0].id, admin.id);
  metric = await createMetricFixture(fixture.indicators[0].id, "matrix-metric");
  observationId = await createObservationFixture(metric.metricId, admin.id, year++);
});

test.afterAll(async () => {
  for (const context of Object.values(contexts)) await context.dispose();
});

test.describe("admin pages", () => {
  const pages: { path: () => string; role: "editor" | "admin" }[] = [
    { path: () => "/admin", role: "editor" },
    { path: () => "/admin/sources", role: "editor" },
    { path: () => "/admin/sources/new", role: "editor" },
    { path: () => `/admin/sources/${fixture.sourceId}`, role: "editor" },
    { path: () => "/admin/predictions", role: "editor" },
    { path: () => "/admin/predictions/new", role: "editor" },
    { path: () => `/admin/predictions/${fixture.predictionId}`, role: "editor" },
    { path: () => "/admin/indicators/new", role: "editor" },
    { path: () => `/admin/indicators/${fixture.indicators[0].id}`, role: "editor" },
    { path: () => `/admin/indicators/${fixture.indicators[0].id}/changes/new`, role: "editor" },
    { path: () => `/admin/changes/${changeId}/correct`, role: "editor" },
    { path: () => `/admin/changes/${changeId}/retract`, role: "admin" },
    { path: () => `/admin/indicators/${fixture.indicators[0].id}/metrics/new`, role: "editor" },
    { path: () => `/admin/metrics/${metric.metricId}`, role: "editor" },
    { path: () => `/admin/metrics/${metric.metricId}/targets/new`, role: "editor" },
    { path: () => `/admin/targets/${metric.targetId}`, role: "editor" },
    { path: () => `/admin/metrics/${metric.metricId}/observations/new`, role: "editor" },
    { path: () => `/admin/observations/${observationId}/correct`, role: "editor" },
    { path: () => `/admin/observations/${observationId}/retract`, role: "admin" },
    { path: () => "/admin/users", role: "admin" },
    { path: () => "/admin/audit", role: "admin" },
  ];

  test("answer each role as they should", async () => {
    for (const { path: pathOf, role: needed } of pages) {
      const path = pathOf();
      for (const role of ROLES) {
        const response = await contexts[role].get(path, { maxRedirects: 0 });
        const label = `${role} GET ${path}`;
        if (role === "anonymous" || role === "deactivated") {
          expect(response.status(), label).toBe(307);
          expect(response.headers()["location"], label).toMatch(/^\/login\?callbackUrl=%2Fadmin/);
        } else if (role === "editor" && needed === "admin") {
          expect(response.status(), label).toBe(403);
        } else {
          expect(response.status(), label).toBe(200);
        }
      }
    }
  });

  test("send visitors without a session to /login and back", async ({ request }) => {
    const response = await request.get("/admin/indicators/1", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe("/login?callbackUrl=%2Fadmin%2Findicators%2F1");
  });
});

type Case = {
  action: string;
  role: "editor" | "admin";
  prepare: () => Promise<{ path: string; fields: Fields; written: () => Promise<boolean> }>;
};

type Fields = Record<string, string | number>;

/** Creating a row of `table` at /admin/<table>/new, found afterwards by its `column`, the unique `key()`. */
function createCase(action: string, table: string, column: string, key: () => string, fields: (key: string) => Fields): Case {
  return {
    action,
    role: "editor",
    prepare: async () => {
      const value = key();
      return {
        path: `/admin/${table}/new`,
        fields: fields(value),
        written: () => exists(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [value]),
      };
    },
  };
}

/** Editing row `id()` of `table` at /admin/<table>/<id>, at its current version, to a unique title. */
function editCase(action: string, table: string, id: () => number, fields: () => Fields): Case {
  return {
    action,
    role: "editor",
    prepare: async () => {
      const title = unique(`${table} title`);
      return {
        path: `/admin/${table}/${id()}`,
        fields: { id: id(), version: await version(table, id()), ...fields(), title },
        written: () => exists(`SELECT 1 FROM ${table} WHERE title = $1`, [title]),
      };
    },
  };
}

/**
 * Correcting or retracting (`verb`) a new entry of the first indicator, the form based on the
 * indicator's current version; `written` finds the result by the entry's id.
 */
function revisionCase(
  action: string,
  role: "editor" | "admin",
  verb: "correct" | "retract",
  fields: (entry: { target: number; indicatorId: number; version: number }) => Fields,
  written: string,
): Case {
  return {
    action,
    role,
    prepare: async () => {
      const [indicator] = fixture.indicators;
      const target = await newStatusChange(indicator.id, admin.id);
      const entry = { target, indicatorId: indicator.id, version: await version("indicators", indicator.id) };
      return { path: `/admin/changes/${target}/${verb}`, fields: fields(entry), written: () => exists(written, [target]) };
    },
  };
}

const metricFields = () => ({
  indicatorId: fixture.indicators[0].id,
  definition: "A fictional figure.",
  unit: "% of GDP",
  unitKind: "PERCENT",
  decimals: 1,
  direction: "HIGHER",
  position: 0,
});

const targetFields = (label: string) => ({
  value: "2.0",
  dueOn: "2030-12-31",
  label,
  commitmentTitle: "Fictional declaration",
  commitmentUrl: "https://example.org/declaration",
  committedOn: "2024-06-01",
});

/** Correcting or retracting (`verb`) a new recorded value, the form based on the metric's current version. */
function observationCase(
  action: string,
  role: "editor" | "admin",
  verb: "correct" | "retract",
  fields: (target: number, version: number) => Fields,
  written: string,
): Case {
  return {
    action,
    role,
    prepare: async () => {
      const target = await createObservationFixture(metric.metricId, admin.id, year++);
      const fieldsFor = fields(target, await version("metrics", metric.metricId));
      return { path: `/admin/observations/${target}/${verb}`, fields: fieldsFor, written: () => exists(written, [target]) };
    },
  };
}

const metricCases: Case[] = [
  createCase(
    "createMetricAction",
    "metrics",
    "slug",
    () => unique("m").toLowerCase(),
    (slug) => ({ ...metricFields(), slug, title: "Matrix metric" }),
  ),
  {
    action: "updateMetricAction",
    role: "editor",
    prepare: async () => {
      const title = unique("metrics title");
      return {
        path: `/admin/metrics/${metric.metricId}`,
        fields: { ...metricFields(), id: metric.metricId, version: await version("metrics", metric.metricId), slug: metric.slug, title },
        written: () => exists("SELECT 1 FROM metrics WHERE title = $1", [title]),
      };
    },
  },
  {
    action: "createTargetAction",
    role: "editor",
    prepare: async () => {
      const label = unique("target");
      return {
        path: `/admin/metrics/${metric.metricId}/targets/new`,
        fields: { metricId: metric.metricId, version: await version("metrics", metric.metricId), ...targetFields(label) },
        written: () => exists("SELECT 1 FROM metric_targets WHERE label = $1", [label]),
      };
    },
  },
  {
    action: "updateTargetAction",
    role: "editor",
    prepare: async () => {
      const label = unique("target");
      return {
        path: `/admin/targets/${metric.targetId}`,
        fields: {
          id: metric.targetId,
          metricId: metric.metricId,
          version: await version("metrics", metric.metricId),
          ...targetFields(label),
        },
        written: () => exists("SELECT 1 FROM metric_targets WHERE label = $1", [label]),
      };
    },
  },
  {
    action: "deleteTargetAction",
    role: "editor",
    prepare: async () => {
      const targetId = await withDb(
        async (client) =>
          (
            await client.query(
              `INSERT INTO metric_targets (metric_id, value, due_on, label, commitment_title, commitment_url, committed_on)
               SELECT metric_id, value, due_on, 'To remove', commitment_title, commitment_url, committed_on FROM metric_targets WHERE id = $1 RETURNING id`,
              [metric.targetId],
            )
          ).rows[0].id as number,
      );
      return {
        path: `/admin/targets/${targetId}`,
        fields: { id: targetId, metricId: metric.metricId, version: await version("metrics", metric.metricId) },
        written: async () => !(await exists("SELECT 1 FROM metric_targets WHERE id = $1", [targetId])),
      };
    },
  },
  {
    action: "recordObservationAction",
    role: "editor",
    prepare: async () => {
      // With a note, a second value for the year is a revision, and accepted.
      const note = unique("Recorded");
      return {
        path: `/admin/metrics/${metric.metricId}/observations/new`,
        fields: { ...observationFields(metric.metricId, await version("metrics", metric.metricId), "2023", "1.5"), note },
        written: () => exists("SELECT 1 FROM observations WHERE note = $1", [note]),
      };
    },
  },
  observationCase(
    "correctObservationAction",
    "editor",
    "correct",
    (target, version) => {
      const { metricId: _ignored, ...fields } = observationFields(metric.metricId, version, "", "1.6");
      return { ...fields, observationId: target, period: String(year - 1), correctionNote: "Matrix correction." };
    },
    "SELECT 1 FROM observations WHERE corrects_id = $1",
  ),
  observationCase(
    "retractObservationAction",
    "admin",
    "retract",
    (target, version) => ({ observationId: target, version, retractionNote: "Matrix retraction." }),
    "SELECT 1 FROM observations WHERE id = $1 AND retracted_at IS NOT NULL",
  ),
];

const cases: Case[] = [
  createCase(
    "createSourceAction",
    "sources",
    "url",
    () => `https://example.org/${unique("source")}`,
    (url) => ({ title: "Matrix source", author: "A", outlet: "O", url, publishedOn: "2026-01-01", publishedPrecision: "DAY" }),
  ),
  editCase(
    "updateSourceAction",
    "sources",
    () => fixture.sourceId,
    () => ({ author: "A", outlet: "O", url: `https://example.org/${fixture.slug}`, publishedOn: "2026-01-01", publishedPrecision: "DAY" }),
  ),
  createCase(
    "createPredictionAction",
    "predictions",
    "slug",
    () => unique("p").toLowerCase(),
    (slug) => ({ slug, title: "Matrix prediction", claim: "Claim.", sourceId: fixture.sourceId, horizonOn: "", position: 200 }),
  ),
  editCase(
    "updatePredictionAction",
    "predictions",
    () => fixture.predictionId,
    () => ({ slug: fixture.slug, claim: "Claim.", sourceId: fixture.sourceId, horizonOn: "", position: 100 }),
  ),
  createCase(
    "createIndicatorAction",
    "indicators",
    "slug",
    () => unique("i").toLowerCase(),
    (slug) => ({
      predictionId: fixture.predictionId,
      slug,
      title: "Matrix indicator",
      criteria: "C.",
      theme: "T",
      targetOn: "",
      position: 9,
    }),
  ),
  editCase(
    "updateIndicatorAction",
    "indicators",
    () => fixture.indicators[1].id,
    () => ({ predictionId: fixture.predictionId, slug: fixture.indicators[1].slug, criteria: "C.", theme: "T", targetOn: "", position: 1 }),
  ),
  {
    action: "recordStatusChangeAction",
    role: "editor",
    prepare: async () => {
      const [, indicator] = fixture.indicators;
      const summary = unique("Recorded");
      return {
        path: `/admin/indicators/${indicator.id}/changes/new`,
        fields: statusChangeFields(indicator.id, await version("indicators", indicator.id), summary),
        written: () => exists("SELECT 1 FROM status_changes WHERE summary = $1", [summary]),
      };
    },
  },
  revisionCase(
    "correctStatusChangeAction",
    "editor",
    "correct",
    ({ target, indicatorId, version }) => {
      const { indicatorId: _ignored, ...fields } = statusChangeFields(indicatorId, version);
      return { ...fields, changeId: target, correctionNote: "Matrix correction." };
    },
    "SELECT 1 FROM status_changes WHERE corrects_id = $1",
  ),
  revisionCase(
    "retractStatusChangeAction",
    "admin",
    "retract",
    ({ target, version }) => ({ changeId: target, version, retractionNote: "Matrix retraction." }),
    "SELECT 1 FROM status_changes WHERE id = $1 AND retracted_at IS NOT NULL",
  ),
  {
    action: "createUserAction",
    role: "admin",
    prepare: async () => {
      const email = `${unique("created")}@example.org`;
      return {
        path: "/admin/users",
        fields: { email, name: "Created", role: "EDITOR", password: "a long enough password" },
        written: () => exists("SELECT 1 FROM users WHERE email = $1", [email]),
      };
    },
  },
  {
    action: "updateUserAction",
    role: "admin",
    prepare: async () => {
      const target = await createUser("editor", "promoted");
      return {
        path: "/admin/users",
        fields: { id: target.id, version: await version("users", target.id), role: "ADMIN", active: "true" },
        written: () => exists("SELECT 1 FROM users WHERE id = $1 AND role = 'ADMIN'", [target.id]),
      };
    },
  },
  {
    action: "endUserSessionsAction",
    role: "admin",
    prepare: async () => {
      const target = await createUser("editor", "sessions-ended");
      const sessionId = await withDb(
        async (client) =>
          (
            await client.query(
              "INSERT INTO sessions (id, user_id, session_version, expires_at) VALUES (gen_random_uuid(), $1, 1, now() + interval '1 hour') RETURNING id",
              [target.id],
            )
          ).rows[0].id,
      );
      return {
        path: "/admin/users",
        fields: { id: target.id },
        written: () => exists("SELECT 1 FROM sessions WHERE id = $1 AND revoked_at IS NOT NULL", [sessionId]),
      };
    },
  },
  {
    action: "liftLockoutAction",
    role: "admin",
    prepare: async () => {
      const email = `${unique("locked")}@example.org`;
      await withDb((client) =>
        client.query("INSERT INTO login_attempts (email, ip, succeeded) SELECT $1, 'matrix', false FROM generate_series(1, 10)", [email]),
      );
      return {
        path: "/admin/users",
        fields: { kind: "email", key: email },
        written: () => exists("SELECT 1 FROM login_attempts WHERE email = $1 AND cleared_at IS NOT NULL", [email]),
      };
    },
  },
];

test.describe("server actions", () => {
  for (const { action, role: needed, prepare } of [...cases, ...metricCases]) {
    test(`${action} (${needed}s only)`, async () => {
      for (const role of ROLES) {
        const { path, fields, written } = await prepare();
        const call = await callAction(contexts[role], path, action, fields);
        const label = `${role} → ${action}`;
        const allowed = role === "admin" || (role === "editor" && needed === "editor");
        if (allowed) {
          expect(call.result?.ok === false ? call.result : "ok", label).toBe("ok");
          expect(await written(), `${label} wrote its row`).toBe(true);
        } else {
          expect(call.result, label).toMatchObject({ ok: false, status: role === "editor" ? 403 : 401 });
          expect(await written(), `${label} wrote nothing`).toBe(false);
        }
      }
    });
  }
});
