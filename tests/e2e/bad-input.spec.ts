// Bad input over HTTP, against the production server: generated queries, slugs, form fields and
// bodies for every route and server action. Nothing may answer 500; every refusal says why, field
// by field; valid submissions full of hostile text are saved exactly as cleaned (read back from the
// database); no stored text ever comes back as markup or as a javascript:/data: link.
import http from "node:http";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { verify } from "@node-rs/argon2";
import type { APIRequestContext } from "@playwright/test";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/writes/action-result";
import { cleanText, CONTROL } from "@/lib/validation/fields";
import { parseForm } from "@/lib/validation/issues";
import { createIndicatorSchema, updateIndicatorSchema } from "@/lib/validation/indicator";
import { loginSchema } from "@/lib/validation/login";
import { createPredictionSchema, updatePredictionSchema } from "@/lib/validation/prediction";
import { createSourceSchema, updateSourceSchema } from "@/lib/validation/source";
import { correctStatusChangeSchema, recordStatusChangeSchema, retractStatusChangeSchema } from "@/lib/validation/status-change";
import { createUserSchema, updateUserSchema } from "@/lib/validation/user";
import { EVIDENCE, evidenceOf, FORMS, invalidForm, stored, submitted, validForm, type Form } from "../support/form-inputs";
import {
  actionId,
  callAction,
  createPredictionFixture,
  createUser,
  expectSaved,
  signIn,
  statusChangeFields,
  unique,
  withDb,
  type ActionCall,
} from "./support";

const hostile = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "data:text/html,x",
    "]]>",
    "&",
    "'",
    '"',
    "\u0000",
    "\u202E",
    "🇨🇦",
    "../",
    "%2e%2e%2f",
    "..%2F",
    "__proto__",
    "2026-13-45",
    "-1",
    "1e999",
    "",
    " ",
    "\\",
  ),
  fc.string({ maxLength: 20 }),
);
// One seed for the run (playwright.config.ts), printed, so that a failure can be replayed:
// FC_SEED=<seed> npm test.
const seed = Number(process.env.FC_SEED);
console.log(`bad-input fast-check seed: ${seed}`);
let sampled = 0;
const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number) => fc.sample(arbitrary, { numRuns, seed: seed + sampled++ });

const text = fc.array(hostile, { maxLength: 4 }).map((parts) => parts.join(""));
let cases = 0;
// Generated submissions per server action that must be saved, and that must be refused on one field.
const VALID_PER_ACTION = 5;
const INVALID_PER_ACTION = 5;
test.afterAll(() => console.log(`bad-input HTTP cases tried: ${cases}`));

test("generated API queries get 200 or a 4xx with a JSON reason, never a 500", async ({ request }) => {
  test.setTimeout(120_000);
  const keys = fc.constantFrom("indicator", "prediction", "from", "to", "cursor", "limit", "status", "x", "__proto__", "");
  const queries = sample(fc.array(fc.tuple(keys, text), { maxLength: 4 }), 60);
  for (const path of ["/api/v1/status-changes", "/api/v1/status-changes.csv", "/api/v1/indicators", "/api/v1/predictions"]) {
    for (const pairs of queries) {
      cases++;
      const query = new URLSearchParams(pairs).toString();
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query}`).toBeLessThan(500);
      if (response.status() >= 400) expect((await response.json()).error.message, `${path}?${query}`).toEqual(expect.any(String));
    }
  }
});

test("generated slugs and path tricks get a page or a 404, never a 500", async ({ request }) => {
  test.setTimeout(120_000);
  const slugs = [...sample(text, 40), "..", "../../etc/passwd", "%2e%2e", "a/../../b", "a%00b", "A-Slug", "x".repeat(300), "emoji-🇨🇦"];
  for (const slug of slugs) {
    const encoded = encodeURIComponent(slug);
    for (const path of [
      `/indicators/${encoded}`,
      `/predictions/${encoded}`,
      `/indicators/${encoded}/feed.xml`,
      `/indicators/${encoded}/feed.atom`,
      `/indicators/${encoded}/badge.svg`,
      `/predictions/${encoded}/feed.xml`,
    ]) {
      cases++;
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
    }
  }
  // Board filters: anything unknown is dropped by a redirect to the canonical address.
  for (const value of sample(text, 20)) {
    cases++;
    const response = await request.get(`/?status=${encodeURIComponent(value)}&theme=${encodeURIComponent(value)}`, { maxRedirects: 0 });
    expect([200, 308], value).toContain(response.status());
  }
});

// The schema each action validates with: a refusal must carry exactly the field messages the
// shared schema gives for the same fields (what the form shows next to each field).
// Each action parses as formAction does (lib/validation/issues.ts: zod's own issues in the editor's words).
const SCHEMA_OF: Record<string, (fields: Record<string, unknown>) => { success: boolean; error?: z.ZodError }> = {
  createSourceAction: (fields) => parseForm(createSourceSchema, fields),
  updateSourceAction: (fields) => parseForm(updateSourceSchema, fields),
  createPredictionAction: (fields) => parseForm(createPredictionSchema, fields),
  updatePredictionAction: (fields) => parseForm(updatePredictionSchema, fields),
  createIndicatorAction: (fields) => parseForm(createIndicatorSchema, fields),
  updateIndicatorAction: (fields) => parseForm(updateIndicatorSchema, fields),
  recordStatusChangeAction: (fields) => parseForm(recordStatusChangeSchema, fields),
  correctStatusChangeAction: (fields) => parseForm(correctStatusChangeSchema, fields),
  retractStatusChangeAction: (fields) => parseForm(retractStatusChangeSchema, fields),
  createUserAction: (fields) => parseForm(createUserSchema, fields),
  updateUserAction: (fields) => parseForm(updateUserSchema, fields),
  login: (fields) => parseForm(loginSchema, { email: fields.email ?? "", password: fields.password ?? "" }),
};

test("generated form fields sent to every server action are refused with the schema's field messages, never a 500", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const admin = await createUser("admin", "fuzz");
  const fixture = await createPredictionFixture("fuzz");
  const [indicator] = fixture.indicators;
  // Its own client address: the sign-ins tried below must not count against anyone else's.
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.90" } });
  await signIn(request, admin);
  const actions: [string, string, string[]][] = [
    ["createSourceAction", "/admin/sources/new", ["title", "author", "outlet", "url", "publishedOn", "publishedPrecision"]],
    ["updateSourceAction", `/admin/sources/${fixture.sourceId}`, ["id", "version", "title", "url", "publishedOn"]],
    ["createPredictionAction", "/admin/predictions/new", ["slug", "title", "claim", "sourceId", "horizonOn", "position"]],
    ["updatePredictionAction", `/admin/predictions/${fixture.predictionId}`, ["id", "version", "slug", "sourceId"]],
    ["createIndicatorAction", "/admin/indicators/new", ["predictionId", "slug", "title", "criteria", "theme", "targetOn", "position"]],
    ["updateIndicatorAction", `/admin/indicators/${indicator.id}`, ["id", "version", "predictionId", "slug", "targetOn"]],
    [
      "recordStatusChangeAction",
      `/admin/indicators/${indicator.id}/changes/new`,
      [
        "indicatorId",
        "version",
        "toStatus",
        "effectiveOn",
        "summary",
        "evidence.0.url",
        "evidence.0.kind",
        "evidence.150.url",
        "evidence.x.y",
      ],
    ],
    ["correctStatusChangeAction", "/admin/changes/1/correct", ["changeId", "version", "toStatus", "correctionNote", "evidence.0.url"]],
    ["retractStatusChangeAction", "/admin/changes/1/retract", ["changeId", "version", "retractionNote"]],
    ["createUserAction", "/admin/users", ["email", "name", "role", "password"]],
    ["updateUserAction", "/admin/users", ["id", "version", "role", "active"]],
    ["login", "/login", ["email", "password", "callbackUrl"]],
  ];
  let refusedByValidation = 0;
  for (const [action, path, fields] of actions) {
    const samples = sample(fc.dictionary(fc.constantFrom(...fields, "unknown", "__proto__"), text, { maxKeys: fields.length + 1 }), 25);
    for (const values of samples) {
      cases++;
      const label = `${action} ${JSON.stringify(values)}`;
      const call = await callAction(request, path, action, values);
      expect(call.httpStatus, label).toBeLessThan(500);
      const expected = SCHEMA_OF[action](submitted(values));
      if (!expected.success) {
        refusedByValidation++;
        expect(call.result, label).toMatchObject({
          ok: false,
          status: 422,
          message: "Some fields need attention; nothing was saved.",
          fieldErrors: fieldErrorsOf(expected.error!),
        });
      } else if (call.result && call.result.ok === false) {
        // Valid by the schema, refused further on (no such row, a stale version, a wrong password): with a reason.
        expect(call.result.status, label).not.toBe(500);
        expect(call.result.message, label).toMatch(/\w{4,}/);
      }
    }
  }
  console.log(`bad-input: ${refusedByValidation} generated submissions refused by validation, each with the schema's own field messages`);
  await request.dispose();
});

// ---- Valid and one-field-wrong submissions, reaching (or refused before) the write path ----

type Values = Record<string, string>;
type Target = {
  action: string;
  form: Form;
  path: () => string;
  /** Ids, versions and unique names the submission needs to be accepted, read from the database now. */
  overrides: (values: Values) => Promise<Values>;
  /** The answer of a save that went through. */
  saved: (values: Values) => string | RegExp | "ok";
  /** What was written, compared with the submission as the schema cleans it. */
  check: (values: Values) => Promise<void>;
};

const one = async (sql: string, params: unknown[]) => withDb(async (client) => (await client.query(sql, params)).rows[0]);
const versionOf = async (table: string, id: number) => String((await one(`SELECT version FROM ${table} WHERE id = $1`, [id])).version);
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The row's columns for these form fields, against what the schema stores for the submitted values. */
function expectStored(row: Record<string, unknown>, form: Form, values: Values, names: string[], label: string) {
  for (const name of names) expect(row[snake(name)], `${label}: ${name}`).toEqual(stored(form.fields[name], values[name]));
}

async function expectEvidence(changeId: number, values: Values, label: string) {
  const rows = await withDb(
    async (client) =>
      (
        await client.query(
          "SELECT url, title, title_fr, publisher, published_on::text, quote, kind::text FROM evidence WHERE status_change_id = $1 ORDER BY position",
          [changeId],
        )
      ).rows,
  );
  const items = evidenceOf(values);
  expect(rows.length, `${label}: evidence items`).toBe(items.length);
  for (const [index, item] of items.entries()) {
    for (const [name, field] of Object.entries(EVIDENCE))
      expect(rows[index][snake(name)], `${label}: evidence.${index}.${name}`).toEqual(stored(field, item[name]));
  }
}

/** A slug or URL no earlier sample has used: the generated one, with a unique tail. */
// (A field a one-field-wrong submission left out stays out: its override is dropped.)
const uniqueSlug = (slug = "") => {
  const tail = unique("s").replace(/[^a-z0-9]+/g, "");
  return `${slug
    .trim()
    .slice(0, 79 - tail.length)
    .replace(/-+$/, "")}-${tail}`;
};
const uniqueUrl = (url = "") => url.replace(/\s*$/, (pad) => `#${unique("u")}${pad}`);
const uniqueEmail = (email = "") => email.replace("@", `.${unique("e").replace(/[^a-z0-9]+/gi, "")}@`);

/** Creating a row of `table` at /admin/<table>/new; the row read back (`row`, found by `column` = `key`) holds the `stored` fields. */
function createTarget(
  table: string,
  row: string,
  column: string,
  key: (values: Values) => string,
  target: Pick<Target, "action" | "form" | "saved"> & { overrides: (values: Values) => Values; stored: string[] },
): Target {
  return {
    action: target.action,
    form: target.form,
    path: () => `/admin/${table}/new`,
    overrides: async (values) => target.overrides(values),
    saved: target.saved,
    check: async (values) =>
      expectStored(
        await one(`${row} WHERE ${column} = $1`, [key(values)]),
        target.form,
        values,
        target.stored,
        `new ${table.slice(0, -1)}`,
      ),
  };
}

/**
 * Editing row `id` of `table` at /admin/<table>/<id>: the submission carries the id and the current
 * version, and `overrides` what must be unique; the row read back (`row`) holds the `stored` fields.
 */
function editTarget(
  table: string,
  id: number,
  row: string,
  target: Pick<Target, "action" | "form" | "saved"> & { overrides: (values: Values) => Values; stored: string[] },
): Target {
  return {
    action: target.action,
    form: target.form,
    path: () => `/admin/${table}/${id}`,
    overrides: async (values) => ({ id: String(id), version: await versionOf(table, id), ...target.overrides(values) }),
    saved: target.saved,
    check: async (values) => expectStored(await one(`${row} WHERE id = $1`, [id]), target.form, values, target.stored, table.slice(0, -1)),
  };
}

function targets(fixture: Awaited<ReturnType<typeof createPredictionFixture>>, userId: number): Target[] {
  const [edited, recorded] = fixture.indicators;
  const sourceRow = "SELECT title, author, outlet, url, published_on::text, published_precision::text FROM sources";
  const predictionRow = "SELECT slug, title, claim, title_fr, claim_fr, source_id, horizon_on::text, position FROM predictions";
  const indicatorRow =
    "SELECT prediction_id, slug, title, criteria, theme, title_fr, criteria_fr, theme_fr, target_on::text, position FROM indicators";
  const changeRow =
    "SELECT id, summary, summary_fr, to_status::text, effective_on::text, correction_note, correction_note_fr, retraction_note, retraction_note_fr FROM status_changes";
  // The newest entry of `recorded` that can still be corrected or retracted.
  const newestEntry = async () =>
    String(
      (
        await one(
          "SELECT max(s.id) AS id FROM status_changes s WHERE s.indicator_id = $1 AND s.retracted_at IS NULL AND NOT EXISTS (SELECT 1 FROM status_changes c WHERE c.corrects_id = s.id AND c.retracted_at IS NULL)",
          [recorded.id],
        )
      ).id,
    );
  return [
    createTarget("sources", sourceRow, "url", (values) => values.url.trim(), {
      action: "createSourceAction",
      form: FORMS.source,
      overrides: (values) => ({ url: uniqueUrl(values.url) }),
      saved: () => "/admin/sources?saved=1",
      stored: ["title", "author", "outlet", "publishedOn", "publishedPrecision"],
    }),
    editTarget("sources", fixture.sourceId, sourceRow, {
      action: "updateSourceAction",
      form: FORMS.sourceUpdate,
      overrides: (values) => ({ url: uniqueUrl(values.url) }),
      saved: () => "/admin/sources?saved=1",
      stored: ["title", "author", "outlet", "url", "publishedOn", "publishedPrecision"],
    }),
    createTarget("predictions", predictionRow, "slug", (values) => values.slug, {
      action: "createPredictionAction",
      form: FORMS.prediction,
      overrides: (values) => ({ slug: uniqueSlug(values.slug), sourceId: String(fixture.sourceId) }),
      saved: () => /^\/admin\?prediction=\d+&saved=prediction$/,
      stored: ["title", "claim", "titleFr", "claimFr", "sourceId", "horizonOn", "position"],
    }),
    editTarget("predictions", fixture.predictionId, predictionRow, {
      action: "updatePredictionAction",
      form: FORMS.predictionUpdate,
      overrides: (values) => ({ slug: uniqueSlug(values.slug), sourceId: String(fixture.sourceId) }),
      saved: () => `/admin?prediction=${fixture.predictionId}&saved=prediction`,
      stored: ["slug", "title", "claim", "titleFr", "claimFr", "sourceId", "horizonOn", "position"],
    }),
    createTarget("indicators", indicatorRow, "slug", (values) => values.slug, {
      action: "createIndicatorAction",
      form: FORMS.indicator,
      overrides: (values) => ({ slug: uniqueSlug(values.slug), predictionId: String(fixture.predictionId) }),
      saved: () => /^\/admin\/indicators\/\d+\?saved=indicator$/,
      stored: ["predictionId", "title", "criteria", "theme", "titleFr", "criteriaFr", "themeFr", "targetOn", "position"],
    }),
    editTarget("indicators", edited.id, indicatorRow, {
      action: "updateIndicatorAction",
      form: FORMS.indicatorUpdate,
      overrides: (values) => ({ slug: uniqueSlug(values.slug), predictionId: String(fixture.predictionId) }),
      saved: () => `/admin/indicators/${edited.id}?saved=indicator`,
      stored: ["predictionId", "slug", "title", "criteria", "theme", "titleFr", "criteriaFr", "themeFr", "targetOn", "position"],
    }),
    {
      action: "recordStatusChangeAction",
      form: FORMS.statusChange,
      path: () => `/admin/indicators/${recorded.id}/changes/new`,
      overrides: async () => ({ indicatorId: String(recorded.id), version: await versionOf("indicators", recorded.id) }),
      saved: () => `/admin/indicators/${recorded.id}?saved=change`,
      check: async (values) => {
        const row = await one(`${changeRow} WHERE indicator_id = $1 ORDER BY id DESC LIMIT 1`, [recorded.id]);
        expectStored(row, FORMS.statusChange, values, ["summary", "summaryFr", "toStatus", "effectiveOn"], "status change");
        await expectEvidence(row.id, values, "status change");
      },
    },
    {
      action: "correctStatusChangeAction",
      form: FORMS.correction,
      path: () => "/admin/changes/0/correct",
      overrides: async () => ({ changeId: await newestEntry(), version: await versionOf("indicators", recorded.id) }),
      saved: () => `/admin/indicators/${recorded.id}?saved=correction`,
      check: async (values) => {
        const row = await one(`${changeRow} WHERE corrects_id = $1`, [Number(values.changeId)]);
        expectStored(
          row,
          FORMS.correction,
          values,
          ["summary", "summaryFr", "toStatus", "effectiveOn", "correctionNote", "correctionNoteFr"],
          "correction",
        );
        await expectEvidence(row.id, values, "correction");
      },
    },
    {
      action: "retractStatusChangeAction",
      form: FORMS.retraction,
      path: () => "/admin/changes/0/retract",
      overrides: async () => ({ changeId: await newestEntry(), version: await versionOf("indicators", recorded.id) }),
      saved: () => `/admin/indicators/${recorded.id}?saved=retraction`,
      check: async (values) =>
        expectStored(
          await one(`${changeRow} WHERE id = $1`, [Number(values.changeId)]),
          FORMS.retraction,
          values,
          ["retractionNote", "retractionNoteFr"],
          "retraction",
        ),
    },
    {
      action: "createUserAction",
      form: FORMS.user,
      path: () => "/admin/users",
      overrides: async (values) => ({ email: uniqueEmail(values.email) }),
      saved: () => "ok",
      check: async (values) => {
        const row = await one("SELECT email, name, role::text, active, password_hash FROM users WHERE email = $1", [
          values.email.trim().toLowerCase(),
        ]);
        expectStored(row, FORMS.user, values, ["email", "name", "role"], "new user");
        expect(row.active).toBe(true);
        // The password exactly as typed: it signs in with those characters, no others.
        expect(await verify(row.password_hash, values.password), "new user: password").toBe(true);
      },
    },
    {
      action: "updateUserAction",
      form: FORMS.userUpdate,
      path: () => "/admin/users",
      overrides: async () => ({ id: String(userId), version: await versionOf("users", userId) }),
      saved: () => "ok",
      check: async (values) =>
        expect(await one("SELECT role::text, active FROM users WHERE id = $1", [userId])).toEqual({
          role: values.role,
          active: values.active === "true",
        }),
    },
  ];
}

function expectAccepted(call: ActionCall, expected: string | RegExp, label: string) {
  expect(call.httpStatus, label).toBe(200);
  if (expected === "ok") {
    expect(call.result, label).toMatchObject({ ok: true });
    return;
  }
  expect(call.result, label).toBeNull();
  expect(call.redirect?.split(";")[0], label).toMatch(
    typeof expected === "string" ? new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : expected,
  );
}

test.describe("generated submissions that reach the write path", () => {
  let request: APIRequestContext;
  let fixture: Awaited<ReturnType<typeof createPredictionFixture>>;
  let subject: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  test.beforeEach(async ({ playwright, baseURL }) => {
    admin = await createUser("admin", "writer");
    subject = await createUser("editor", "subject");
    fixture = await createPredictionFixture("writes", 2);
    request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.91" } });
    await signIn(request, admin);
  });
  test.afterEach(() => request.dispose());

  test("valid ones, full of hostile text, are saved by every action with the text exactly as cleaned", async () => {
    test.setTimeout(180_000);
    let saved = 0;
    // In this order, recorded entries are there to be corrected, and both to be retracted.
    for (const target of targets(fixture, subject.id)) {
      for (const generated of sample(validForm(target.form), VALID_PER_ACTION)) {
        cases++;
        const values = { ...generated, ...(await target.overrides(generated)) };
        const label = `${target.action} ${JSON.stringify(values)}`;
        expectAccepted(await callAction(request, target.path(), target.action, values), target.saved(values), label);
        await target.check(values);
        saved++;
      }
    }
    console.log(`bad-input: ${saved} generated valid submissions saved and read back from the database`);
  });

  test("one wrong field: refused with that field's message, the input echoed, nothing written", async () => {
    test.setTimeout(180_000);
    // Something to correct and retract, so that only the wrong field stands in the way.
    expectSaved(
      await callAction(
        request,
        `/admin/indicators/${fixture.indicators[1].id}/changes/new`,
        "recordStatusChangeAction",
        statusChangeFields(fixture.indicators[1].id, 1),
      ),
      `/admin/indicators/${fixture.indicators[1].id}?saved=change`,
    );
    const before = await writes(admin.id, fixture.predictionId);
    let refused = 0;
    for (const target of targets(fixture, subject.id)) {
      for (const { values: generated, key, message } of sample(invalidForm(target.form), INVALID_PER_ACTION)) {
        cases++;
        const overrides = await target.overrides(generated);
        // Everything right but the one field: ids and versions filled in, except the one made wrong.
        for (const name of Object.keys(overrides)) if (name === key || !(name in generated)) delete overrides[name];
        const values = { ...generated, ...overrides };
        const label = `${target.action}: ${key} = ${JSON.stringify(values[key])}`;
        const call = await callAction(request, target.path(), target.action, values);
        expect(call.httpStatus, label).toBe(200);
        expect(call.result, label).toMatchObject({ ok: false, status: 422, message: "Some fields need attention; nothing was saved." });
        const fieldErrors = call.result!.fieldErrors ?? {};
        expect(Object.keys(fieldErrors), label).toEqual([key]);
        expect(fieldErrors[key], label).toContainEqual(typeof message === "string" ? message : expect.stringMatching(message));
        // The input comes back to the form (a password never does).
        const echoed = call.result!.values ?? {};
        for (const [name, value] of Object.entries(values))
          if (name !== "password" && !name.startsWith("evidence.")) expect(echoed[name], `${label}: ${name} echoed`).toBe(value);
        refused++;
      }
    }
    expect(await writes(admin.id, fixture.predictionId), "nothing was written").toEqual(before);
    console.log(`bad-input: ${refused} generated one-field-wrong submissions refused with that field's message`);
  });
});

/**
 * What a refused submission could have written, counted for this test's own rows (other tests
 * write at the same time): every write appends an audit row by the user who made it, and the
 * fixture's indicators carry their versions and histories.
 */
const writes = (userId: number, predictionId: number) =>
  withDb(
    async (client) =>
      (
        await client.query(
          `SELECT (SELECT count(*) FROM audit_log WHERE user_id = $1)::int AS audits,
            (SELECT count(*) FROM status_changes s JOIN indicators i ON i.id = s.indicator_id WHERE i.prediction_id = $2)::int AS changes,
            (SELECT coalesce(sum(version), 0)::int FROM indicators WHERE prediction_id = $2) AS versions,
            (SELECT version FROM predictions WHERE id = $2) AS prediction_version`,
          [userId, predictionId],
        )
      ).rows[0],
  );

test("stored hostile summaries never come back as markup or unsafe links", async ({ page, request }) => {
  test.setTimeout(120_000);
  const editor = await createUser("editor", "stored");
  const fixture = await createPredictionFixture("stored");
  const [indicator] = fixture.indicators;
  await signIn(page.request, editor);
  // Control characters are refused with a field message (tests/unit/text-fields.test.ts); every other summary is stored.
  const controls = new RegExp(CONTROL.source, "g");
  const summaries = sample(
    fc
      .array(
        fc.oneof(
          hostile,
          fc.constantFrom(
            "[a](javascript:alert(1))",
            "[b](data:text/html;base64,PHNjcmlwdD4=)",
            "<a href=javascript:alert(1)>x</a>",
            "[ok](https://example.org/ok)",
          ),
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map((parts) => `MARK ${parts.join(" ")}`.replace(controls, "")),
    15,
  );
  let version = 1;
  for (const summary of summaries) {
    cases++;
    const call = await callAction(page.request, `/admin/indicators/${indicator.id}/changes/new`, "recordStatusChangeAction", {
      ...statusChangeFields(indicator.id, version, summary),
    });
    expectSaved(call, `/admin/indicators/${indicator.id}?saved=change`);
    version++;
  }
  const stored = await withDb(
    async (client) =>
      (await client.query("SELECT count(*)::int AS n FROM status_changes WHERE indicator_id = $1", [indicator.id])).rows[0].n,
  );
  expect(stored).toBe(summaries.length);
  // Pages and feeds: the hostile text may appear, escaped, as text, but never as a tag.
  for (const path of [
    `/indicators/${indicator.slug}`,
    `/indicators/${indicator.slug}/feed.xml`,
    `/indicators/${indicator.slug}/feed.atom`,
  ]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toMatch(/<script>alert\(1\)/);
    expect(body, path).not.toMatch(/<img\s[^>]*onerror/i);
    expect(body, path).not.toMatch(/<a\s[^>]*href=["']?\s*(javascript|data):/i);
  }
  // JSON Feed: content_html is HTML, built the same way.
  const feed = await (await request.get("/feed.json")).json();
  for (const item of feed.items.filter((i: { url: string }) => i.url.includes(indicator.slug))) {
    expect(item.content_html).not.toMatch(/<a\s[^>]*href=["']?\s*(javascript|data):/i);
    expect(item.content_html).not.toMatch(/<script/i);
  }
  // The API returns the text as data, exactly as stored.
  const { data } = await (await request.get(`/api/v1/status-changes?indicator=${indicator.slug}&limit=200`)).json();
  expect(data.map((c: { summary: string }) => c.summary).sort()).toEqual(summaries.map((s) => cleanText(s, { multiline: true })).sort());
  await page.goto(`/indicators/${indicator.slug}`);
  expect(await page.locator("a[href^='javascript:'], a[href^='data:'], img[src='x']").count()).toBe(0);
});

test("oversized and malformed bodies get a 4xx with a reason", async ({ request, playwright, baseURL }) => {
  const big = await request.post("/admin/sources/new", {
    headers: { "Next-Action": "x", "Content-Type": "text/plain", Cookie: "authjs.session-token=x" },
    data: "x".repeat(3 * 1024 * 1024),
    maxRedirects: 0,
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).error.message).toMatch(/too large/i);

  // Real actions (a public one and an editor's), so that the body reaches Next.js's decoding.
  const editor = await createUser("editor", "malformed");
  const signed = await playwright.request.newContext({ baseURL });
  await signIn(signed, editor);
  const targets = [
    ["/login", actionId("login"), request],
    ["/admin/sources/new", actionId("createSourceAction"), signed],
  ] as const;
  for (const [path, id, client] of targets) {
    for (const [label, body, contentType] of [
      ["not JSON", "0=%7Bnot-json", "application/x-www-form-urlencoded"],
      ["JSON garbage", '{"a":', "text/plain;charset=UTF-8"],
      ["empty", "", "text/plain;charset=UTF-8"],
      ["truncated form", '------x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', "multipart/form-data; boundary=----x"],
    ] as const) {
      const response = await client.post(path, {
        headers: { "Next-Action": id, "Content-Type": contentType },
        data: body,
        maxRedirects: 0,
      });
      expect(response.status(), `${path} ${label}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${path} ${label}`).toBeLessThan(500);
      expect(await response.text(), `${path} ${label}: a reason`).toMatch(/\w{4,}/);
    }
  }
  // Too large, sent in chunks, without a Content-Length to refuse it by up front.
  const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL("/login", baseURL);
    const req = http.request(
      url,
      {
        method: "POST",
        headers: { "Next-Action": actionId("login"), "Content-Type": "text/plain;charset=UTF-8", "Transfer-Encoding": "chunked" },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    for (let i = 0; i < 48; i++) req.write("x".repeat(64 * 1024));
    req.end();
  });
  expect(chunked.status).toBe(413);
  expect(chunked.body).toMatch(/too large: at most 1 MiB/);
  const unknownMethod = await request.fetch("/api/v1/status-changes", { method: "POST", data: "{}" });
  expect(unknownMethod.status()).toBe(405);
  await signed.dispose();
});
