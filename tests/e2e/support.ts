import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { actionBody, actionId, actionResult } from "../../scripts/lib/server-actions.mjs";
import { upsertUser } from "../../server/users.mjs";

/** Collects console errors and uncaught exceptions of a page, to assert there are none. */
export function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Runs axe and fails on serious or critical violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

// ---- The test database (the app under test runs on it; see global-setup.ts) ----

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Rows written straight to the database skip the app's writes, which tell every app process to
 * drop its cached public pages; this sends the same signal (lib/writes/audit.ts), then gives the app a
 * moment to receive it.
 */
export async function invalidatePublicCaches() {
  await withDb((client) => client.query("SELECT pg_notify('followthrough_public', '')"));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

let counter = 0;
export function unique(label: string) {
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter++}`;
}

export const PASSWORD = "e2e password 0123";

export type TestUser = { email: string; password: string; name: string; id: number };

/** Creates an account the way `npm run user:create` does. */
export async function createUser(role: "admin" | "editor", label: string = role): Promise<TestUser> {
  const email = `${unique(label)}@example.org`;
  const name = `${label[0].toUpperCase()}${label.slice(1)} ${counter}`;
  return withDb(async (client) => {
    await upsertUser(client, { email, password: PASSWORD, role, name });
    const { rows } = await client.query("SELECT id FROM users WHERE email = $1", [email]);
    return { email, password: PASSWORD, name, id: rows[0].id };
  });
}

/** Deactivates an account as the admin's Users page does (ending its sessions). */
export async function deactivate(user: TestUser) {
  await withDb((client) =>
    client.query("UPDATE users SET active = false, session_version = session_version + 1, version = version + 1 WHERE id = $1", [user.id]),
  );
}

/** Signs in through Auth.js's credentials endpoint; the session cookie lands in `request`'s context. */
export async function signIn(request: APIRequestContext, user: { email: string; password: string }) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/admin" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in redirects").toBe(302);
  expect(response.headers()["location"], "sign-in succeeded").not.toContain("error=");
}

/** Fills in the login form `page` shows and sends it, as a person does (signIn is the quick way in). */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fills in evidence `index` (from 1) of the status change form; its kind and quote only when given. */
export async function fillEvidence(
  page: Page,
  index: number,
  evidence: { url: string; title: string; publisher: string; date: string; kind?: string; quote?: string },
) {
  const group = page.getByRole("group", { name: `Evidence ${index}` });
  await group.getByLabel("URL").fill(evidence.url);
  await group.getByLabel("Title", { exact: true }).fill(evidence.title);
  await group.getByLabel("Publisher").fill(evidence.publisher);
  await group.getByLabel("Published").fill(evidence.date);
  if (evidence.kind) await group.getByLabel("Kind").selectOption({ label: evidence.kind });
  if (evidence.quote) await group.getByLabel("Short quote (optional)").fill(evidence.quote);
}

/** A prediction with `count` unrated indicators of its own, so tests never share rows. */
export async function createPredictionFixture(label: string, count = 1) {
  const fixture = await withDb(async (client) => {
    const slug = unique(label)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-");
    const { rows: sources } = await client.query(
      `INSERT INTO sources (title, author, outlet, url, published_on) VALUES ($1, 'Test author', 'Test outlet', $2, '2026-01-01') RETURNING id`,
      [`Source ${slug}`, `https://example.org/${slug}`],
    );
    const { rows: predictions } = await client.query(
      `INSERT INTO predictions (slug, title, claim, source_id, position) VALUES ($1, $2, 'A test claim.', $3, 100) RETURNING id`,
      [slug, `Prediction ${slug}`, sources[0].id],
    );
    const indicators = [];
    for (let index = 0; index < count; index++) {
      const { rows } = await client.query(
        `INSERT INTO indicators (prediction_id, slug, title, criteria, theme, position) VALUES ($1, $2, $3, 'Test criteria.', 'Test theme', $4)
         RETURNING id, slug, title`,
        [predictions[0].id, `${slug}-i${index}`, `Indicator ${index} of ${slug}`, index],
      );
      indicators.push(rows[0] as { id: number; slug: string; title: string });
    }
    return { predictionId: predictions[0].id as number, sourceId: sources[0].id as number, slug, title: `Prediction ${slug}`, indicators };
  });
  await invalidatePublicCaches();
  return fixture;
}

// ---- Server actions, called over HTTP the way the browser calls them ----

export { actionId };

export type ActionCall = {
  httpStatus: number;
  result: {
    ok: boolean;
    status?: number;
    message?: string;
    fieldErrors?: Record<string, string[]>;
    values?: Record<string, unknown>;
  } | null;
  redirect: string | null;
};

export async function callAction(
  request: APIRequestContext,
  path: string,
  exportedName: string,
  fields: Record<string, string | number>,
  headers: Record<string, string> = {},
): Promise<ActionCall> {
  const response = await request.post(path, {
    headers: { "Next-Action": actionId(exportedName), Accept: "text/x-component", ...headers },
    multipart: actionBody(fields),
    maxRedirects: 0,
  });
  return {
    httpStatus: response.status(),
    result: actionResult(await response.text()),
    redirect: response.headers()["x-action-redirect"] ?? null,
  };
}

/**
 * A save that went through: the action redirected where it does on success (a refused save returns
 * a result instead, and redirects nowhere).
 */
export function expectSaved(call: ActionCall, redirectTo: string) {
  expect(call.result, "the action returned a refusal instead of saving").toBeNull();
  expect(call.httpStatus).toBe(200);
  // Next.js appends how the client should navigate (";push").
  expect(call.redirect?.split(";")[0], "the redirect a successful save sends").toBe(redirectTo);
}

/** Valid fields for recording a status change on an indicator at a version. */
export function statusChangeFields(indicatorId: number, version: number, summary = "Test summary.") {
  return {
    indicatorId,
    version,
    toStatus: "IN_PROGRESS",
    effectiveOn: "2026-01-15",
    summary,
    "evidence.0.url": "https://example.org/evidence",
    "evidence.0.title": "Evidence title",
    "evidence.0.publisher": "Example Publisher",
    "evidence.0.publishedOn": "2026-01-14",
    "evidence.0.kind": "NEWS",
  };
}

// ---- Feeds, read with real feed parsers ----

export type ParsedItem = { title: string; link: string; guid: string; date: Date | null; content: string; author: string | null };

/**
 * Throws unless `xml` is a well-formed XML document: saxes is a strict, conforming XML parser
 * (feed readers are lenient, so they alone cannot show that a feed is well-formed).
 */
export async function assertWellFormedXml(xml: string) {
  const { SaxesParser } = await import("saxes");
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | null = null;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw new Error(`Malformed XML: ${(error as Error).message}`);
}

/**
 * Parses RSS or Atom: first checked for well-formed XML (assertWellFormedXml), then read by the
 * `feedparser` library as a feed reader would. (feedparser's own `strict` mode keeps tag names'
 * case, which its RSS field mapping does not expect, so it runs lenient; saxes is the strict check.)
 */
export async function parseXmlFeed(xml: string): Promise<{ title: string; items: ParsedItem[] }> {
  await assertWellFormedXml(xml);
  const { default: FeedParser } = await import("feedparser");
  const { Readable } = await import("node:stream");
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items: ParsedItem[] = [];
    parser.on("error", reject);
    parser.on("readable", () => {
      let item;
      while ((item = parser.read())) {
        items.push({
          title: item.title,
          link: item.link,
          guid: item.guid,
          date: item.pubdate ?? item.date,
          content: item.description ?? item.summary,
          author: item.author,
        });
      }
    });
    parser.on("end", () => resolve({ title: parser.meta.title, items }));
    Readable.from([xml]).pipe(parser);
  });
}

/** Each item's id, title and link exactly as the XML holds them (text unescaped once, no HTML stripped). */
export async function readXmlItems(xml: string): Promise<{ id: string; title: string; link: string }[]> {
  await assertWellFormedXml(xml);
  const { XMLParser } = await import("fast-xml-parser");
  const document = new XMLParser({
    ignoreAttributes: false,
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    trimValues: false,
  }).parse(xml);
  const text = (value: unknown): string =>
    typeof value === "object" && value !== null ? String((value as Record<string, unknown>)["#text"]) : String(value);
  if (document.feed) {
    return [document.feed.entry ?? []].flat().map((entry: Record<string, unknown>) => ({
      id: text(entry.id),
      title: text(entry.title),
      link: String((entry.link as Record<string, unknown>)["@_href"]),
    }));
  }
  return [document.rss.channel.item ?? []]
    .flat()
    .map((item: Record<string, unknown>) => ({ id: text(item.guid), title: text(item.title), link: text(item.link) }));
}

/** Parses a JSON Feed with @extractus/feed-extractor, after checking the 1.1 shape itself. */
export async function parseJsonFeed(text: string) {
  const json = JSON.parse(text);
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  for (const item of json.items) {
    expect(item.id, "item id").toEqual(expect.any(String));
    expect(Array.isArray(item.authors), "JSON Feed 1.1 uses authors[]").toBe(true);
  }
  const { extractFromJson } = await import("@extractus/feed-extractor");
  return { json, extracted: extractFromJson(json, { normalization: true }) };
}

// ---- Measured progress: metrics, targets and recorded values ----

/** A metric of `indicatorId` in % of GDP with 1 decimal, and a target, written straight to the database. */
export async function createMetricFixture(indicatorId: number, label = "metric") {
  const slug = unique(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  const fixture = await withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO metrics (indicator_id, slug, title, definition, unit, unit_kind, decimals)
       VALUES ($1, $2, $3, 'A fictional figure for a test.', '% of GDP', 'PERCENT', 1) RETURNING id`,
      [indicatorId, slug, `Fictional metric ${slug}`],
    );
    const { rows: targets } = await client.query(
      `INSERT INTO metric_targets (metric_id, value, due_on, label, commitment_title, commitment_url, committed_on)
       VALUES ($1, 2, '2030-12-31', 'Fictional target', 'Fictional declaration', 'https://example.org/declaration', '2024-06-01') RETURNING id`,
      [rows[0].id],
    );
    return { metricId: rows[0].id as number, targetId: targets[0].id as number, slug };
  });
  await invalidatePublicCaches();
  return fixture;
}

/** A delivered value of `metricId` for a calendar year, with one piece of evidence, written straight to the database. */
export async function createObservationFixture(metricId: number, authorId: number, year: number, value = "1.5") {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO observations (metric_id, period_kind, period_label, period_start, period_end, stage, value, author_id)
       VALUES ($1, 'YEAR', $2, make_date($3, 1, 1), make_date($3, 12, 31), 'DELIVERED', $4, $5) RETURNING id`,
      [metricId, String(year), year, value, authorId],
    );
    await client.query(
      `INSERT INTO observation_evidence (observation_id, url, title, publisher, published_on, kind)
       VALUES ($1, 'https://example.org/report', 'Fictional report', 'Fictional Office', '2025-01-10', 'OFFICIAL')`,
      [rows[0].id],
    );
    return rows[0].id as number;
  });
}

/** Valid fields for recording a delivered value of a metric at its version. */
export function observationFields(metricId: number, version: number, period = "2023", value = "1.5") {
  return {
    metricId,
    version,
    period,
    stage: "DELIVERED",
    value,
    note: "",
    "evidence.0.url": "https://example.org/report",
    "evidence.0.title": "Fictional report",
    "evidence.0.publisher": "Fictional Office",
    "evidence.0.publishedOn": "2025-01-10",
    "evidence.0.kind": "OFFICIAL",
  };
}
