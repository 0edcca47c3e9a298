import "server-only";
import { getDb } from "@/lib/db";

// Sign-in rate limit, kept in PostgreSQL so that every app replica sees the same counts:
// after MAX_FAILURES failed attempts within WINDOW_MS for one email, or from one IP address,
// further attempts are refused until enough of those failures have left the window, or an admin
// lifts the lockout (lib/lockouts.ts), which marks them as cleared.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export type RateLimitVerdict = { limited: false } | { limited: true; retryAfterMinutes: number };

export async function checkLoginRateLimit(email: string, ip: string, now = new Date()): Promise<RateLimitVerdict> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // The MAX_FAILURES-th most recent failure per key: while it is inside the window, the key is
  // limited; once it leaves, fewer than MAX_FAILURES remain.
  const rows = await getDb().$queryRaw<{ blocking: Date }[]>`
    (SELECT created_at AS blocking FROM login_attempts
      WHERE email = ${email} AND NOT succeeded AND cleared_at IS NULL AND created_at > ${since}
      ORDER BY created_at DESC OFFSET ${MAX_FAILURES - 1} LIMIT 1)
    UNION ALL
    (SELECT created_at AS blocking FROM login_attempts
      WHERE ip = ${ip} AND NOT succeeded AND cleared_at IS NULL AND created_at > ${since}
      ORDER BY created_at DESC OFFSET ${MAX_FAILURES - 1} LIMIT 1)`;
  if (rows.length === 0) return { limited: false };
  const until = Math.max(...rows.map((row) => row.blocking.getTime() + WINDOW_MS));
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}

/**
 * Records an attempt as failed before its password is checked (so a burst of parallel attempts
 * counts in full), returning its id; markLoginSucceeded turns it into a success.
 */
export async function recordLoginAttempt(email: string, ip: string, succeeded = false) {
  const db = getDb();
  const { id } = await db.loginAttempt.create({ data: { email, ip, succeeded }, select: { id: true } });
  // Keep the table small: nothing older than the window is ever read.
  if (Math.random() < 0.02) {
    await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
  }
  return id;
}

export async function markLoginSucceeded(id: number) {
  await getDb().loginAttempt.update({ where: { id }, data: { succeeded: true } });
}

export function rateLimitMessage(minutes: number) {
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
