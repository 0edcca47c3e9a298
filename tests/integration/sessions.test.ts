// Server-side sessions, through Auth.js's own endpoints as the app exports them (lib/auth/auth.ts
// handlers): the revocation check in the jwt callback, sign-out, "sign out everywhere", and an
// admin lifting a sign-in lockout. auth() runs the same callbacks as /api/auth/session.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { handlers, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth";
import { CHANNEL } from "@/server/cache-generation.cjs";
import { getDb } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { liftLockout, listLockouts } from "@/lib/auth/lockouts";
import { checkLoginRateLimit, MAX_FAILURES } from "@/lib/auth/rate-limit";
import { createSession, endAllSessions } from "@/lib/auth/sessions";
import { makeUser, unique } from "./fixtures";

const db = getDb();
const COOKIE = "authjs.session-token";
const ORIGIN = "http://localhost:3000";

type Answer = { status: number; body: unknown; setCookies: string[] };

async function call(
  method: "GET" | "POST",
  path: string,
  { cookies = "", form }: { cookies?: string; form?: Record<string, string> } = {},
): Promise<Answer> {
  const headers = new Headers({ cookie: cookies, "x-forwarded-for": "192.0.2.77" });
  if (form) headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new NextRequest(`${ORIGIN}/api/auth/${path}`, { method, headers, body: form ? new URLSearchParams(form) : undefined });
  const response = await (method === "GET" ? handlers.GET : handlers.POST)(request);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body, setCookies: response.headers.getSetCookie() };
}

const cookieValue = (setCookies: string[], name: string) =>
  setCookies
    .map((line) => line.split(";")[0])
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);

/** The CSRF token and its cookie, as a browser gets them before any POST to Auth.js. */
async function csrf() {
  const answer = await call("GET", "csrf");
  return {
    csrfToken: (answer.body as { csrfToken: string }).csrfToken,
    cookie: `authjs.csrf-token=${cookieValue(answer.setCookies, "authjs.csrf-token")}`,
  };
}

/** Signs in through the credentials endpoint and returns the session cookie's value. */
async function signIn(email: string, password = "integration password") {
  const { csrfToken, cookie } = await csrf();
  const answer = await call("POST", "callback/credentials", { cookies: cookie, form: { csrfToken, email, password } });
  const token = cookieValue(answer.setCookies, COOKIE);
  expect(token, `signed in as ${email}`).toBeTruthy();
  return token!;
}

/** GET /api/auth/session with this session cookie: the session, and whether a new cookie was issued. */
async function session(token: string) {
  const answer = await call("GET", "session", { cookies: `${COOKIE}=${token}` });
  const issued = cookieValue(answer.setCookies, COOKIE);
  return { body: answer.body as { account?: { id: number; role: string } } | null, renewed: Boolean(issued), cleared: issued === "" };
}

/** A session cookie minted with the app's secret, as only the app could: what the check is left to judge. */
function mint(claims: Record<string, unknown>) {
  return encode({
    token: { name: "Minted", email: "minted@example.org", ...claims },
    secret: process.env.AUTH_SECRET!,
    salt: COOKIE,
    maxAge: 3600,
  });
}

/** Runs `fn` while listening for the public caches' invalidation signal; returns how many came. */
async function publicInvalidations(fn: () => Promise<unknown>) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  let count = 0;
  client.on("notification", () => count++);
  await client.query(`LISTEN ${CHANNEL}`);
  try {
    await fn();
    await client.query("SELECT 1"); // notifications committed before this round trip have arrived
  } finally {
    await client.end();
  }
  return count;
}

describe("sessions end on the server", () => {
  it("refuses a signed-out session cookie: /api/auth/session neither accepts nor renews it, and clears it", async () => {
    const user = await makeUser("editor");
    const token = await signIn(user.email);
    const before = await session(token);
    expect(before.body?.account).toMatchObject({ id: user.id, role: "EDITOR" });
    expect(before.renewed).toBe(true);

    const { csrfToken, cookie } = await csrf();
    await call("POST", "signout", { cookies: `${cookie}; ${COOKIE}=${token}`, form: { csrfToken } });

    // A copy of the cookie, kept from before signing out.
    const after = await session(token);
    expect(after.body).toBeNull();
    expect(after.renewed).toBe(false);
    expect(after.cleared).toBe(true);
    const { csrfToken: again, cookie: csrfCookie } = await csrf();
    const update = await call("POST", "session", { cookies: `${csrfCookie}; ${COOKIE}=${token}`, form: { csrfToken: again } });
    expect(update.body).toBeNull();
    expect(cookieValue(update.setCookies, COOKIE) ?? "").toBe("");
  });

  it("accepts a live session and refuses a revoked, expired, unknown, forged or outdated one", async () => {
    const user = await makeUser("admin");
    const sid = await createSession(user.id, user.sessionVersion, SESSION_MAX_AGE_SECONDS);
    const live = await session(await mint({ sub: String(user.id), sid }));
    expect(live.body?.account).toEqual({ id: user.id, name: user.name, email: user.email, role: "ADMIN", locale: "en-CA" });
    expect(live.renewed).toBe(true);

    const refused = async (label: string, claims: Record<string, unknown>) => {
      const answer = await session(await mint(claims));
      expect(answer.body, label).toBeNull();
      expect(answer.renewed, `${label}: not renewed`).toBe(false);
      expect(answer.cleared, `${label}: cleared`).toBe(true);
    };
    const fresh = () => createSession(user.id, user.sessionVersion, SESSION_MAX_AGE_SECONDS);

    await refused("a cookie from before server-side sessions (no session id)", { sub: String(user.id) });
    await refused("an unknown session", { sub: String(user.id), sid: crypto.randomUUID() });
    await refused("a malformed session id", { sub: String(user.id), sid: "x'; DROP TABLE sessions; --" });
    await refused("another user's id", { sub: String(user.id + 1_000_000), sid: await fresh() });

    const revoked = await fresh();
    await db.session.update({ where: { id: revoked }, data: { revokedAt: new Date() } });
    await refused("a revoked session", { sub: String(user.id), sid: revoked });

    const expired = await fresh();
    await db.session.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await refused("an expired session", { sub: String(user.id), sid: expired });

    // Deactivation and password resets move the user's session version on: older sessions end.
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await refused("a session of an older session version", { sub: String(user.id), sid });
    const current = await createSession(user.id, user.sessionVersion + 1, SESSION_MAX_AGE_SECONDS);
    expect((await session(await mint({ sub: String(user.id), sid: current }))).body?.account?.id).toBe(user.id);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await refused("a session of a deactivated user", { sub: String(user.id), sid: current });
  });

  it("records a session at sign-in, for at most the session lifetime, and prunes expired ones", async () => {
    const user = await makeUser("editor");
    const stale = await createSession(user.id, user.sessionVersion, SESSION_MAX_AGE_SECONDS);
    await db.session.update({ where: { id: stale }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const startedAt = Date.now();
    await signIn(user.email);
    expect(await db.session.findUnique({ where: { id: stale } })).toBeNull();
    const [row] = await db.session.findMany({ where: { userId: user.id } });
    expect(row).toMatchObject({ userId: user.id, sessionVersion: user.sessionVersion, revokedAt: null });
    expect(row.expiresAt.getTime() - startedAt).toBeGreaterThan(SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
    expect(row.expiresAt.getTime() - startedAt).toBeLessThanOrEqual(SESSION_MAX_AGE_SECONDS * 1000 + 60_000);
  });

  it("ends every session of one user, audited in the same transaction, without touching the public caches", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    const other = await makeUser("editor");
    const [laptop, phone, others] = [await signIn(user.email), await signIn(user.email), await signIn(other.email)];

    let result: Awaited<ReturnType<typeof endAllSessions>> | undefined;
    expect(await publicInvalidations(async () => (result = await endAllSessions(user.id, admin.id)))).toBe(0);
    expect(result).toMatchObject({ user: { id: user.id, name: user.name }, ended: 2 });

    expect((await session(laptop)).body).toBeNull();
    expect((await session(phone)).body).toBeNull();
    expect((await session(others)).body?.account?.id).toBe(other.id);
    const audit = await db.auditLog.findMany({ where: { action: "user.sign_out_everywhere", entityId: String(user.id) } });
    expect(audit).toMatchObject([{ userId: admin.id, entityType: "user", after: { sessionsEnded: 2 } }]);

    await expect(endAllSessions(2_000_000_000, admin.id)).rejects.toThrow("no longer exists");
  });
});

describe("lifting a sign-in lockout", () => {
  async function lockOut(key: { email?: string; ip?: string }) {
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES }, (_, index) => ({
        email: key.email ?? `${unique("someone")}@example.org`,
        ip: key.ip ?? `198.18.${index}.${Math.floor(Math.random() * 250)}`,
        succeeded: false,
        createdAt: new Date(Date.now() - (index + 1) * 30_000),
      })),
    });
  }

  it("lists current lockouts, and lifting one allows the next attempt, keeps the failures (marked) and is audited", async () => {
    const admin = await makeUser("admin");
    const email = `${unique("locked")}@example.org`;
    const ip = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await lockOut({ email });
    await lockOut({ ip });
    expect(await checkLoginRateLimit(email, "192.0.2.200")).toMatchObject({ limited: true });

    const lockouts = await listLockouts();
    const byEmail = lockouts.find((lockout) => lockout.kind === "email" && lockout.key === email);
    expect(byEmail).toMatchObject({ failures: MAX_FAILURES });
    // The tenth most recent failure is 5 minutes old: it leaves the 15-minute window in 10.
    expect(byEmail!.until.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(byEmail!.until.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(lockouts.find((lockout) => lockout.kind === "ip" && lockout.key === ip)).toMatchObject({ failures: MAX_FAILURES });

    expect(await publicInvalidations(() => liftLockout({ kind: "email", key: email }, admin.id))).toBe(0);
    expect(await checkLoginRateLimit(email, "192.0.2.200")).toEqual({ limited: false });
    // The address stays locked: only what the admin lifted is lifted.
    expect(await checkLoginRateLimit(`${unique("x")}@example.org`, ip)).toMatchObject({ limited: true });
    expect((await listLockouts()).some((lockout) => lockout.key === email)).toBe(false);

    const failures = await db.loginAttempt.findMany({ where: { email } });
    expect(failures).toHaveLength(MAX_FAILURES);
    expect(failures.every((failure) => failure.clearedById === admin.id && failure.clearedAt instanceof Date)).toBe(true);
    const audit = await db.auditLog.findMany({ where: { action: "login_lockout.lift", entityId: `email:${email}` } });
    expect(audit).toMatchObject([
      { userId: admin.id, entityType: "login_lockout", after: { kind: "email", key: email, failuresCleared: MAX_FAILURES } },
    ]);

    // Lifting it again (a form drawn before the lift) says who lifted it, and changes nothing.
    const again = liftLockout({ kind: "email", key: email }, admin.id);
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toThrow(`already lifted by ${admin.name}`);
    await expect(liftLockout({ kind: "ip", key: "203.0.113.254" }, admin.id)).rejects.toThrow("no longer locked out");
    expect(await db.auditLog.count({ where: { action: "login_lockout.lift", entityId: `email:${email}` } })).toBe(1);
  });
});
