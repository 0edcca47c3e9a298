import "server-only";
import { getDb } from "@/lib/db";
import { errorText } from "@/lib/i18n/localized";
import type { Prisma } from "@/lib/generated/prisma/client";

// Sign-in rate limit, kept in PostgreSQL so that every app replica sees the same counts:
// after MAX_FAILURES failed attempts within WINDOW_MS for one email, or from one IP address,
// further attempts are refused until enough of those failures have left the window, or an admin
// lifts the lockout (lib/auth/lockouts.ts), which marks them as cleared.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

export type RateLimitVerdict = { limited: false } | { limited: true; retryAfterMinutes: number };

export function checkLoginRateLimit(email: string, ip: string, now = new Date()): Promise<RateLimitVerdict> {
  return verdict(getDb(), email, ip, now);
}

async function verdict(db: Prisma.TransactionClient, email: string, ip: string, now: Date): Promise<RateLimitVerdict> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // The MAX_FAILURES-th most recent failure per key: while it is inside the window, the key is
  // limited; once it leaves, fewer than MAX_FAILURES remain.
  const rows = await db.$queryRaw<{ blocking: Date }[]>`
    (SELECT created_at AS blocking FROM login_attempts
      WHERE email = ${email} AND NOT succeeded AND cleared_at IS NULL AND created_at > ${since}
      ORDER BY created_at DESC OFFSET ${MAX_FAILURES - 1} LIMIT 1)
    UNION ALL
    (SELECT created_at AS blocking FROM login_attempts
      WHERE ip = ${ip} AND NOT succeeded AND cleared_at IS NULL AND created_at > ${since}
      ORDER BY created_at DESC OFFSET ${MAX_FAILURES - 1} LIMIT 1)`;
  if (rows.length === 0) return { limited: false };
  const until = Math.max(...rows.map((row) => row.blocking.getTime() + WINDOW_MS));
  // A failure stamped a moment after `now` (a parallel attempt) must not make the wait look longer than the window.
  const minutes = Math.ceil((until - now.getTime()) / 60_000);
  return { limited: true, retryAfterMinutes: Math.min(WINDOW_MS / 60_000, Math.max(1, minutes)) };
}

// Advisory lock namespaces: one lock per email and one per client address.
const EMAIL_LOCK = 7101;
const ADDRESS_LOCK = 7102;

/**
 * Before a password is checked: under a lock per email and per address (held for this one short
 * transaction, not while the password is hashed), checks the limit and, when the attempt may go
 * on, records it as failed. Parallel attempts thus take turns, and a burst gets at most
 * MAX_FAILURES passwords checked. markLoginSucceeded turns the attempt into a success.
 */
export async function claimLoginAttempt(
  email: string,
  ip: string,
): Promise<{ limited: false; attemptId: number } | Extract<RateLimitVerdict, { limited: true }>> {
  return getDb().$transaction(
    async (tx) => {
      // Always the email first, then the address: two attempts can never wait on each other in a cycle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EMAIL_LOCK}::int, hashtext(${email}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${ip}))`;
      const limit = await verdict(tx, email, ip, new Date());
      if (limit.limited) return limit;
      const { id } = await tx.loginAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
      // Keep the table small: nothing older than a day is ever read (the lockouts list looks back a day).
      if (Math.random() < 0.02)
        await tx.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
      return { limited: false, attemptId: id };
      // A burst queues here one short transaction at a time: give it room to wait its turn.
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

export async function markLoginSucceeded(id: number) {
  await getDb().loginAttempt.update({ where: { id }, data: { succeeded: true } });
}

export function rateLimitMessage(minutes: number) {
  return errorText("rateLimited", { minutes });
}
