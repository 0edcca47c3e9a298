import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { describeAuditChange } from "@/lib/writes/audit-changes";

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
  // changed (as data the page names in the editor's language), and each entry's page (getAuditEntry)
  // shows them in full, so a page of the log stays small.
  const page = entries
    .slice(0, AUDIT_PAGE_SIZE)
    .map(({ before, after, ...entry }) => ({ ...entry, changed: describeAuditChange(entry.action, before, after) }));
  return { entries: page, nextCursor: hasMore ? page[page.length - 1].id : null };
}

export function getAuditEntry(id: number) {
  return getDb().auditLog.findUnique({ where: { id }, include: { user: { select: { name: true, email: true } } } });
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
