import "server-only";
import { formatMoment } from "@/lib/text/dates";
import { currentLocale, errorText } from "@/lib/i18n/localized";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Optimistic locking: every editable row has a `version`; a form carries the version it was based
// on and the write is `UPDATE … WHERE id = $id AND version = $version`. When that touches no row,
// this explains why: the row is gone, or someone else saved first (and who, and when).
type Current = { version: number; updatedAt: Date; updatedBy: { name: string } | null } | null;

export function staleWriteError(kind: string, current: Current): Error {
  if (!current) return new NotFoundError(errorText("gone", { kind }));
  const who = current.updatedBy?.name ?? errorText("someoneElse");
  return new ConflictError(errorText("conflict", { kind, who, when: formatMoment(current.updatedAt, currentLocale()) }));
}

export const updatedBySelect = { version: true, updatedAt: true, updatedBy: { select: { name: true } } } as const;

/** The records edited by editors, each with a version and who changed it last. */
export type VersionedKind = "source" | "prediction" | "indicator" | "metric";

// What the locked update needs of those models' Prisma delegates, which all have it.
type VersionedModel = {
  updateMany(args: { where: { id: number; version: number }; data: object }): Promise<{ count: number }>;
  findUnique(args: { where: { id: number }; select: typeof updatedBySelect }): Promise<Current>;
};

/**
 * Saves `data` to a record only if it is still at `version`, moving the version on and recording
 * who wrote; otherwise throws the error that says why (staleWriteError). Writes to an indicator's
 * history claim its version this way with no data, which also serialises them on the row lock.
 */
export async function updateAtVersion(
  tx: Prisma.TransactionClient,
  kind: VersionedKind,
  id: number,
  version: number,
  userId: number,
  data: object = {},
) {
  const model = tx[kind] as unknown as VersionedModel;
  const { count } = await model.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 }, updatedById: userId } });
  if (count === 0) throw staleWriteError(kind, await model.findUnique({ where: { id }, select: updatedBySelect }));
}
