import "server-only";
import { appendAudit } from "@/lib/audit";
import { getDb } from "@/lib/db";
import type { SourceInput } from "@/lib/validation/source";
import { staleWriteError, updatedBySelect } from "@/lib/versioning";

export function listSources() {
  return getDb().source.findMany({
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    include: { _count: { select: { predictions: true } } },
  });
}

export function getSource(id: number) {
  return getDb().source.findUnique({ where: { id } });
}

export async function createSource(input: SourceInput, userId: number) {
  return getDb().$transaction(async (tx) => {
    const source = await tx.source.create({ data: { ...input, updatedById: userId } });
    await appendAudit(tx, { userId, action: "source.create", entityType: "source", entityId: source.id, after: source });
    return source;
  });
}

export async function updateSource(id: number, version: number, input: SourceInput, userId: number) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id } });
    const { count } = await tx.source.updateMany({
      where: { id, version },
      data: { ...input, version: { increment: 1 }, updatedById: userId },
    });
    if (count === 0) throw staleWriteError("source", await tx.source.findUnique({ where: { id }, select: updatedBySelect }));
    const after = await tx.source.findUniqueOrThrow({ where: { id } });
    await appendAudit(tx, { userId, action: "source.update", entityType: "source", entityId: id, before, after });
    return after;
  });
}
