// What an audit entry did, as data: the admin names it in the editor's language
// (app/(admin)/admin/audit/names.ts, messages adminPeople.audit.changes and .fields). Pure.

export type AuditChange =
  | { kind: "created" | "deleted" | "retracted" | "noField" }
  /** An observation's revision: value #value replaces #replaces. */
  | { kind: "revised"; value: string; replaces: string }
  | { kind: "corrected"; value: string }
  /** The top-level fields whose values differ (their stored names), and how many more there are. */
  | { kind: "fields"; fields: string[]; more: number };

/**
 * What an entry did. Most writes change fields of one record (changedFields); a removal, and the
 * writes of an observation that add a row in place of another or mark it, say so.
 */
export function describeAuditChange(action: string, before: unknown, after: unknown): AuditChange {
  const id = (record: unknown) => String(typeof record === "object" && record !== null ? (record as { id?: unknown }).id : undefined);
  if (action.endsWith(".delete")) return { kind: "deleted" };
  if (action === "observation.revise") return { kind: "revised", value: id(after), replaces: id(before) };
  if (action === "observation.correct") return { kind: "corrected", value: id(after) };
  if (action === "observation.retract") return { kind: "retracted" };
  return changedFields(before, after);
}

// Bumped or stamped by every write: naming them says nothing.
const BOOKKEEPING = new Set(["version", "updatedAt", "updatedById"]);
const MAX_NAMED = 6;

/** What an entry changed: "created", or the top-level fields whose values differ. */
export function changedFields(before: unknown, after: unknown): AuditChange {
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isRecord(before)) return { kind: "created" };
  const now = isRecord(after) ? after : {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(now)])].filter(
    (name) => !BOOKKEEPING.has(name) && JSON.stringify(before[name]) !== JSON.stringify(now[name]),
  );
  if (names.length === 0) return { kind: "noField" };
  return { kind: "fields", fields: names.slice(0, MAX_NAMED), more: Math.max(0, names.length - MAX_NAMED) };
}
