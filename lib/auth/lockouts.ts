import "server-only";
import { appendAudit } from "@/lib/writes/audit";
import { formatMoment } from "@/lib/text/dates";
import { getDb } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { currentLocale, errorText } from "@/lib/i18n/localized";
import { MAX_FAILURES, WINDOW_MS } from "@/lib/auth/rate-limit";

// Sign-in lockouts as an admin sees them, and lifting one. A lockout is what lib/auth/rate-limit.ts
// enforces: MAX_FAILURES uncleared failures for one email, or from one address, within WINDOW_MS.
// Lifting marks those failures as cleared (when, by whom) instead of deleting them.

export type LockoutKind = "email" | "ip";
export type Lockout = { kind: LockoutKind; key: string; failures: number; until: Date };

const LIST_LIMIT = 100;

/** Current lockouts, the longest-lasting first (at most LIST_LIMIT). */
export async function listLockouts(now = new Date()): Promise<Lockout[]> {
  const since = new Date(now.getTime() - WINDOW_MS);
  // A key is locked until its MAX_FAILURES-th most recent failure leaves the window, as in
  // checkLoginRateLimit.
  const rows = await getDb().$queryRaw<{ kind: LockoutKind; key: string; failures: number; blocking: Date }[]>`
    WITH failures AS (
      SELECT email, ip, created_at FROM login_attempts
       WHERE NOT succeeded AND cleared_at IS NULL AND created_at > ${since}
    ), keyed AS (
      SELECT 'email' AS kind, email AS key, created_at FROM failures
      UNION ALL
      SELECT 'ip', ip, created_at FROM failures
    ), ranked AS (
      SELECT kind, key, created_at,
             count(*) OVER (PARTITION BY kind, key) AS failures,
             row_number() OVER (PARTITION BY kind, key ORDER BY created_at DESC) AS rank
        FROM keyed
    )
    SELECT kind, key, failures::int AS failures, created_at AS blocking
      FROM ranked WHERE rank = ${MAX_FAILURES}
     ORDER BY blocking DESC, kind, key
     LIMIT ${LIST_LIMIT}`;
  return rows.map(({ blocking, ...lockout }) => ({ ...lockout, until: new Date(blocking.getTime() + WINDOW_MS) }));
}

/**
 * Lifts the lockout of an email or an address: its failures in the window stop counting, so the
 * next sign-in attempt is allowed. One transaction with its audit row. A lockout already lifted, or
 * one that has ended, is refused with the reason (the admin's page was out of date).
 */
export async function liftLockout(input: { kind: LockoutKind; key: string }, actorId: number, now = new Date()) {
  const since = new Date(now.getTime() - WINDOW_MS);
  const match = input.kind === "email" ? { email: input.key } : { ip: input.key };
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.loginAttempt.updateMany({
      where: { ...match, succeeded: false, clearedAt: null, createdAt: { gt: since } },
      data: { clearedAt: now, clearedById: actorId },
    });
    if (count === 0) {
      const lifted = await tx.loginAttempt.findFirst({
        where: { ...match, clearedAt: { not: null }, createdAt: { gt: since } },
        orderBy: { clearedAt: "desc" },
        select: { clearedAt: true, clearedBy: { select: { name: true } } },
      });
      throw new ConflictError(
        lifted?.clearedAt
          ? errorText("lockoutLifted", {
              what: errorText("lockoutWhat", input),
              who: lifted.clearedBy?.name ?? errorText("someoneElse"),
              when: formatMoment(lifted.clearedAt, currentLocale()),
            })
          : errorText("lockoutExpired", { what: errorText("lockoutWhatCapital", input), minutes: WINDOW_MS / 60_000 }),
      );
    }
    await appendAudit(tx, {
      userId: actorId,
      action: "login_lockout.lift",
      entityType: "login_lockout",
      entityId: `${input.kind}:${input.key}`,
      after: { kind: input.kind, key: input.key, failuresCleared: count },
    });
    return { failuresCleared: count };
  });
}
