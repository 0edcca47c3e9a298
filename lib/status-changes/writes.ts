import "server-only";
import { appendAudit, type AuditAction } from "@/lib/writes/audit";
import { publicWrite } from "@/lib/writes/publish";
import { toIsoDate } from "@/lib/text/dates";
import { getDb } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { errorText, type ErrorKey } from "@/lib/i18n/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Status } from "@/lib/rules/status";
import type {
  CorrectStatusChangeInput,
  EvidenceInput,
  RecordStatusChangeInput,
  RetractStatusChangeInput,
} from "@/lib/validation/status-change";
import { updateAtVersion } from "@/lib/writes/versioning";

// Writes to an indicator's history. Each runs in one transaction that:
//  1. claims the indicator's version (UPDATE … WHERE version = the form's version), which both
//     refuses stale forms and serialises concurrent writers on the row lock;
//  2. writes the entry and its evidence;
//  3. recomputes what later entries changed from, and the indicator's current status and "since",
//     from its effective entries;
//  4. appends the audit row.
// An entry is effective when it is not retracted and has no standing (unretracted) correction: the
// effective_status_changes view (prisma/migrations/20261201000000_effective_status_changes).

type Tx = Prisma.TransactionClient;

const changeInclude = { evidence: { orderBy: { position: "asc" } } } satisfies Prisma.StatusChangeInclude;

/**
 * The status an entry dated `effectiveOn` changes from: that of the latest effective entry on or
 * before that date (entries recorded earlier on the same day come first), leaving out `exclude`
 * (the entry a correction replaces). Not yet rated when there is none.
 */
async function statusBefore(tx: Tx, indicatorId: number, effectiveOn: Date, exclude = 0): Promise<Status> {
  const rows = await tx.$queryRaw<{ to_status: Status }[]>`
    SELECT s.to_status FROM effective_status_changes s
    WHERE s.indicator_id = ${indicatorId} AND s.effective_on <= ${effectiveOn} AND s.id <> ${exclude}
    ORDER BY s.effective_on DESC, s.id DESC
    LIMIT 1`;
  return rows[0]?.to_status ?? "NOT_YET_RATED";
}

function evidenceRows(evidence: EvidenceInput[]) {
  return { create: evidence.map((item, position) => ({ ...item, position })) };
}

/**
 * After a write to its history dated `from`: every entry on or after that date changes from the
 * status of the effective entry before it, as the history now stands. An entry backdated behind
 * others, a correction that changes a status, or a retraction changes what the later entries
 * changed from; their "old → new" follows (entries before that date cannot be affected).
 */
async function refreshFromStatuses(tx: Tx, indicatorId: number, from: Date) {
  await tx.$executeRaw`
    WITH computed AS (
      SELECT s.id, COALESCE((
        SELECT p.to_status FROM effective_status_changes p
        WHERE p.indicator_id = s.indicator_id AND p.id <> s.id
          AND (p.effective_on < s.effective_on OR (p.effective_on = s.effective_on AND p.id < s.id))
        ORDER BY p.effective_on DESC, p.id DESC
        LIMIT 1
      ), 'NOT_YET_RATED'::status) AS from_status
      FROM status_changes s
      WHERE s.indicator_id = ${indicatorId} AND s.effective_on >= ${from}
    )
    UPDATE status_changes t SET from_status = computed.from_status
    FROM computed
    WHERE t.id = computed.id AND t.from_status <> computed.from_status`;
}

/**
 * After a write to its history: sets the indicator's status and "since" from its history, and
 * stamps lastChangeAt (the board's "recently changed" order). Status: the status of the latest effective
 * entry (by effective date, then id), since the first entry of the unbroken run of that status.
 * With no effective entry, it is Not yet rated since tracking began.
 */
export async function refreshIndicatorStatus(tx: Tx, indicatorId: number) {
  const pageSize = 100;
  let status: Status | null = null;
  let since: Date | null = null;
  for (let offset = 0; ; offset += pageSize) {
    const rows = await tx.$queryRaw<{ to_status: Status; effective_on: Date }[]>`
      SELECT s.to_status, s.effective_on FROM effective_status_changes s
      WHERE s.indicator_id = ${indicatorId}
      ORDER BY s.effective_on DESC, s.id DESC
      OFFSET ${offset} LIMIT ${pageSize}`;
    let runEnded = false;
    for (const row of rows) {
      status ??= row.to_status;
      if (row.to_status !== status) {
        runEnded = true;
        break;
      }
      since = row.effective_on;
    }
    if (runEnded || rows.length < pageSize) break;
  }
  const indicator = await tx.indicator.findUniqueOrThrow({ where: { id: indicatorId }, select: { createdAt: true } });
  return tx.indicator.update({
    where: { id: indicatorId },
    data: {
      status: status ?? "NOT_YET_RATED",
      statusSince: since ?? new Date(`${toIsoDate(indicator.createdAt)}T00:00:00Z`),
      lastChangeAt: new Date(),
    },
  });
}

/** Records a status change (or an update with the same status) with its evidence. */
export async function recordStatusChange(input: RecordStatusChangeInput, userId: number) {
  return publicWrite(async (tx) => {
    await updateAtVersion(tx, "indicator", input.indicatorId, input.version, userId);
    const before = await tx.indicator.findUniqueOrThrow({ where: { id: input.indicatorId } });
    const change = await tx.statusChange.create({
      data: {
        indicatorId: input.indicatorId,
        fromStatus: await statusBefore(tx, input.indicatorId, input.effectiveOn),
        toStatus: input.toStatus,
        effectiveOn: input.effectiveOn,
        summary: input.summary,
        summaryFr: input.summaryFr,
        authorId: userId,
        evidence: evidenceRows(input.evidence),
      },
      include: changeInclude,
    });
    const indicator = await settleHistory(tx, input.indicatorId, input.effectiveOn, {
      userId,
      action: "status_change.record",
      entityId: change.id,
      before: { indicator: indicatorState(before) },
      after: { change },
    });
    return { change, indicator };
  });
}

async function loadChangeForRevision(tx: Tx, changeId: number) {
  const change = await tx.statusChange.findUnique({
    where: { id: changeId },
    include: { ...changeInclude, corrections: { where: { retractedAt: null }, select: { id: true } } },
  });
  if (!change) throw new NotFoundError(errorText("changeGone"));
  return change;
}

/**
 * For a correction or retraction: claims the version of the entry's indicator, then reads the
 * entry again under that row lock (whether it is retracted or corrected may have changed since
 * the first read), refusing a retracted one.
 */
async function claimEntry(tx: Tx, changeId: number, version: number, userId: number, refusal: ErrorKey) {
  const target = await loadChangeForRevision(tx, changeId);
  await updateAtVersion(tx, "indicator", target.indicatorId, version, userId);
  const entry = await loadChangeForRevision(tx, changeId);
  if (entry.retractedAt) throw new RuleError(errorText(refusal));
  return entry;
}

/** The indicator's status after a write, as the audit rows record it. */
const indicatorState = (indicator: { id: number; status: Status; statusSince: Date }) => ({
  id: indicator.id,
  status: indicator.status,
  statusSince: indicator.statusSince,
});

/**
 * Steps 3 and 4 of every write to an indicator's history dated `from`: what the later entries
 * changed from, the indicator's status, then the audit row, whose `after` gets that status added.
 * Returns the indicator as it now stands.
 */
async function settleHistory(
  tx: Tx,
  indicatorId: number,
  from: Date,
  audit: { userId: number; action: AuditAction; entityId: number; before: object; after: object },
) {
  await refreshFromStatuses(tx, indicatorId, from);
  const indicator = await refreshIndicatorStatus(tx, indicatorId);
  await appendAudit(tx, { ...audit, entityType: "status_change", after: { ...audit.after, indicator: indicatorState(indicator) } });
  return indicator;
}

/**
 * Publishes a correction of an entry: a new entry that replaces it, with a public note. The
 * original stays in the history, marked as corrected.
 */
export async function correctStatusChange(input: CorrectStatusChangeInput, userId: number) {
  return publicWrite(async (tx) => {
    const original = await claimEntry(tx, input.changeId, input.version, userId, "retractedEntryCorrect");
    if (original.corrections.length > 0) {
      throw new RuleError(errorText("entryCorrected", { id: original.corrections[0].id }));
    }
    const correction = await tx.statusChange.create({
      data: {
        indicatorId: original.indicatorId,
        fromStatus: await statusBefore(tx, original.indicatorId, input.effectiveOn, original.id),
        toStatus: input.toStatus,
        effectiveOn: input.effectiveOn,
        summary: input.summary,
        summaryFr: input.summaryFr,
        authorId: userId,
        correctsId: original.id,
        correctionNote: input.correctionNote,
        correctionNoteFr: input.correctionNoteFr,
        evidence: evidenceRows(input.evidence),
      },
      include: changeInclude,
    });
    const from = input.effectiveOn < original.effectiveOn ? input.effectiveOn : original.effectiveOn;
    const indicator = await settleHistory(tx, original.indicatorId, from, {
      userId,
      action: "status_change.correct",
      entityId: original.id,
      before: { change: original },
      after: { correction },
    });
    return { correction, indicator };
  });
}

/** Retracts an entry (admins only): it stays in the history, marked retracted, and stops counting. */
export async function retractStatusChange(input: RetractStatusChangeInput, userId: number) {
  return publicWrite(async (tx) => {
    const original = await claimEntry(tx, input.changeId, input.version, userId, "entryAlreadyRetracted");
    const retracted = await tx.statusChange.update({
      where: { id: original.id },
      data: {
        retractedAt: new Date(),
        retractedById: userId,
        retractionNote: input.retractionNote,
        retractionNoteFr: input.retractionNoteFr,
      },
      include: changeInclude,
    });
    // Retracting a correction makes the entry it replaced count again, from that entry's own date.
    const replaced = original.correctsId
      ? await tx.statusChange.findUniqueOrThrow({ where: { id: original.correctsId }, select: { effectiveOn: true } })
      : null;
    const from = replaced && replaced.effectiveOn < original.effectiveOn ? replaced.effectiveOn : original.effectiveOn;
    const indicator = await settleHistory(tx, original.indicatorId, from, {
      userId,
      action: "status_change.retract",
      entityId: original.id,
      before: { change: original },
      after: { change: retracted },
    });
    return { change: retracted, indicator };
  });
}

/** An entry with what the correction and retraction forms need. */
export function getStatusChange(id: number) {
  return getDb().statusChange.findUnique({
    where: { id },
    include: {
      ...changeInclude,
      indicator: { select: { id: true, title: true, slug: true, version: true, status: true } },
      author: { select: { name: true } },
      corrections: { where: { retractedAt: null }, select: { id: true } },
    },
  });
}
