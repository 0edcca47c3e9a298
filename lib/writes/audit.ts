import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

export type AuditAction =
  | "source.create"
  | "source.update"
  | "prediction.create"
  | "prediction.update"
  | "indicator.create"
  | "indicator.update"
  | "status_change.record"
  | "status_change.correct"
  | "status_change.retract"
  | "status_change.translate"
  | "metric.create"
  | "metric.update"
  | "metric_target.create"
  | "metric_target.update"
  | "metric_target.delete"
  | "observation.record"
  | "observation.revise"
  | "observation.correct"
  | "observation.retract"
  | "observation.translate"
  | "user.create"
  | "user.update"
  | "user.sign_out_everywhere"
  | "user.locale"
  | "login_lockout.lift";

type Tx = Prisma.TransactionClient;

/** Appends an audit row inside the caller's transaction, so it exists exactly when the write does. */
export async function appendAudit(
  tx: Tx,
  entry: { userId: number | null; action: AuditAction; entityType: string; entityId: number | string; before?: unknown; after?: unknown },
) {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates become ISO strings; undefined becomes SQL NULL.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** userId: a user's writes, or null for those made from the command line (npm run user:create, the first-run bootstrap). */
export type AuditFilter = { userId?: number | null; entityType?: string; from?: Date; to?: Date; cursor?: number };
export const AUDIT_PAGE_SIZE = 50;

/** Newest first, filtered, keyset-paginated by id. */
export async function listAuditEntries(filter: AuditFilter) {
  const entries = await getDb().auditLog.findMany({
    where: {
      userId: filter.userId,
      entityType: filter.entityType,
      createdAt: { gte: filter.from, lt: filter.to },
      id: filter.cursor ? { lt: filter.cursor } : undefined,
    },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
  });
  const hasMore = entries.length > AUDIT_PAGE_SIZE;
  // The records themselves can be large (a status change with its evidence): the list names what
  // changed, and each entry's page (getAuditEntry) shows them in full, so a page of the log stays small.
  const page = entries
    .slice(0, AUDIT_PAGE_SIZE)
    .map(({ before, after, ...entry }) => ({ ...entry, changed: describeAuditChange(entry.action, before, after) }));
  return { entries: page, nextCursor: hasMore ? page[page.length - 1].id : null };
}

export function getAuditEntry(id: number) {
  return getDb().auditLog.findUnique({ where: { id }, include: { user: { select: { name: true, email: true } } } });
}

/**
 * What an entry did, in a few words. Most writes change fields of one record (changedFields); a
 * removal, and the writes of an observation that add a row in place of another or mark it, say so.
 */
export function describeAuditChange(action: string, before: unknown, after: unknown): string {
  const id = (record: unknown) => (typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined);
  if (action.endsWith(".delete")) return "deleted";
  if (action === "observation.revise") return `revised: value #${String(id(after))} replaces #${String(id(before))}`;
  if (action === "observation.correct") return `corrected by value #${String(id(after))}`;
  if (action === "observation.retract") return "retracted";
  return changedFields(before, after);
}

// Bumped or stamped by every write: naming them says nothing.
const BOOKKEEPING = new Set(["version", "updatedAt", "updatedById"]);
const MAX_NAMED = 6;

/** What an entry changed, in a few words: "created", or the top-level fields whose values differ. */
export function changedFields(before: unknown, after: unknown): string {
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isRecord(before)) return "created";
  const now = isRecord(after) ? after : {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(now)])].filter(
    (name) => !BOOKKEEPING.has(name) && JSON.stringify(before[name]) !== JSON.stringify(now[name]),
  );
  if (names.length === 0) return "no field";
  return names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(", ")} and ${names.length - MAX_NAMED} more` : names.join(", ");
}

export const AUDIT_ENTITY_TYPES = [
  "source",
  "prediction",
  "indicator",
  "status_change",
  "metric",
  "metric_target",
  "observation",
  "user",
  "login_lockout",
] as const;
