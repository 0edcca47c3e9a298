import "server-only";
import { appendAudit } from "@/lib/writes/audit";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { hashPassword } from "@/lib/auth/passwords";
import { staleWriteError } from "@/lib/writes/versioning";

const publicFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * An editor's own choice of the admin's language. Their preference, not the account's record that
 * admins edit: it neither needs nor moves the account's version, so a change of role made at the
 * same time is never refused because of it. Audited like every account change.
 */
export async function setOwnLocale(userId: number, locale: Locale) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
    const after = await tx.user.update({ where: { id: userId }, data: { locale }, select: { locale: true } });
    await appendAudit(tx, { userId, action: "user.locale", entityType: "user", entityId: userId, before, after });
    return after;
  });
}

export function listUsers() {
  return getDb().user.findMany({ select: publicFields, orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }] });
}

export async function createUser(input: { email: string; name: string; role: "ADMIN" | "EDITOR"; password: string }, actorId: number) {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: publicFields,
    });
    await appendAudit(tx, { userId: actorId, action: "user.create", entityType: "user", entityId: user.id, after: user });
    return user;
  });
}

/**
 * Changes a user's role or deactivates/reactivates them. Deactivation bumps their session version,
 * which ends any session they have on its next request. Admins cannot lock themselves out, and the
 * last active admin stays an active admin.
 */
export async function updateUser(input: { id: number; version: number; role: "ADMIN" | "EDITOR"; active: boolean }, actorId: number) {
  return getDb().$transaction(async (tx) => {
    // Lock the active admins first, so that two admins demoting each other cannot both succeed.
    await tx.$queryRaw`SELECT id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: input.id }, select: publicFields });
    if (input.id === actorId && (!input.active || input.role !== "ADMIN")) {
      throw new RuleError(errorText("selfDemotion"));
    }
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        role: input.role,
        active: input.active,
        version: { increment: 1 },
        ...(before && before.active && !input.active ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count === 0) {
      const current = await tx.user.findUnique({ where: { id: input.id }, select: { version: true, updatedAt: true } });
      throw staleWriteError("account", current && { ...current, updatedBy: null });
    }
    const activeAdmins = await tx.user.count({ where: { role: "ADMIN", active: true } });
    if (activeAdmins === 0) throw new RuleError(errorText("lastAdmin"));
    const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: publicFields });
    await appendAudit(tx, { userId: actorId, action: "user.update", entityType: "user", entityId: input.id, before, after });
    return after;
  });
}
