import "server-only";
import { randomUUID } from "node:crypto";
import { appendAudit } from "@/lib/writes/audit";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/localized";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

// Server-side sessions. The session cookie stays an Auth.js JWT, but it carries the id of a row
// here, and lib/auth/auth.ts accepts it only while that row is live: signing out revokes the row, so a
// copied cookie dies with it. The id is random, so even someone holding AUTH_SECRET cannot mint a
// working cookie without a live session id.

/** The signed-in account, with the admin's language it chose (users.locale). */
export type SessionAccount = { id: number; name: string; email: string; role: "ADMIN" | "EDITOR"; locale: Locale };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isSessionId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Records a new session at sign-in and returns its id; also deletes expired sessions of anyone. */
export async function createSession(userId: number, sessionVersion: number, maxAgeSeconds: number): Promise<string> {
  const db = getDb();
  // Expired rows are never needed again (an unknown session is refused like an expired one), and
  // sign-ins are rare enough to pay for the cleanup, which reads the expires_at index.
  await db.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  const id = randomUUID();
  await db.session.create({ data: { id, userId, sessionVersion, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) } });
  return id;
}

/**
 * The account behind a session cookie's claims, or null when the session is unknown, revoked or
 * expired, belongs to someone else, or its user is deactivated or has a newer session version.
 * One query, by primary key, joined to the user by primary key: this runs on every auth() call.
 */
export async function findLiveSession(sessionId: unknown, userId: unknown): Promise<SessionAccount | null> {
  if (!isSessionId(sessionId) || typeof userId !== "string") return null;
  const [row] = await getDb().$queryRaw<(SessionAccount & { active: boolean; current: boolean })[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, u.locale, u.active, s.session_version = u.session_version AS current
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = ${sessionId}::uuid AND s.revoked_at IS NULL AND s.expires_at > now()`;
  if (!row || !row.active || !row.current || String(row.id) !== userId) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE };
}

/** Signing out: revokes one session (already revoked or unknown: nothing to do). */
export async function revokeSession(sessionId: unknown) {
  if (!isSessionId(sessionId)) return;
  await getDb().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** "Sign out everywhere": revokes every live session of a user, with its audit row. */
export async function endAllSessions(userId: number, actorId: number) {
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true } });
    if (!user) throw new NotFoundError(errorText("accountGone"));
    const now = new Date();
    const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null, expiresAt: { gt: now } }, data: { revokedAt: now } });
    await appendAudit(tx, {
      userId: actorId,
      action: "user.sign_out_everywhere",
      entityType: "user",
      entityId: userId,
      after: { sessionsEnded: count },
    });
    return { user, ended: count };
  });
}

/** How many live sessions each user has (users without one are absent). */
export async function countOpenSessions(): Promise<Map<number, number>> {
  const rows = await getDb().$queryRaw<{ user_id: number; open: number }[]>`
    SELECT s.user_id, count(*)::int AS open
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.revoked_at IS NULL AND s.expires_at > now() AND u.active AND s.session_version = u.session_version
     GROUP BY s.user_id`;
  return new Map(rows.map((row) => [row.user_id, row.open]));
}
