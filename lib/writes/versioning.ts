import "server-only";
import { formatMoment } from "@/lib/text/dates";
import { ConflictError, NotFoundError } from "@/lib/errors";

// Optimistic locking: every editable row has a `version`; a form carries the version it was based
// on and the write is `UPDATE … WHERE id = $id AND version = $version`. When that touches no row,
// this explains why: the row is gone, or someone else saved first (and who, and when).
type Current = { version: number; updatedAt: Date; updatedBy: { name: string } | null } | null;

export function staleWriteError(kind: string, current: Current): Error {
  if (!current) return new NotFoundError(`This ${kind} no longer exists.`);
  const who = current.updatedBy?.name ?? "someone else";
  return new ConflictError(
    `This ${kind} was changed by ${who} at ${formatMoment(current.updatedAt)}, after you opened this form. ` +
      "Nothing was saved and your input is kept below: review the current version (reload in another tab), then save again.",
  );
}

export const updatedBySelect = { version: true, updatedAt: true, updatedBy: { select: { name: true } } } as const;
