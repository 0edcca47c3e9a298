import "server-only";
import { NotFoundError, RuleError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/localized";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TranslateObservationInput, TranslateStatusChangeInput } from "@/lib/validation/translation";
import { appendAudit } from "@/lib/writes/audit";
import { publicWrite } from "@/lib/writes/publish";
import { updateAtVersion } from "@/lib/writes/versioning";

// Adding the French version of a status change or a recorded value, which are never edited: only
// their *_fr texts and their evidence's French titles change, in one transaction that claims the
// version of the record they belong to (the indicator, the metric), as every write of theirs does,
// and appends the audit row with the entry before and after. Retracted and corrected entries can
// be translated too: they stay in public with their notes.

type Tx = Prisma.TransactionClient;
type Notes = { correctionNote: string | null; retractionNote: string | null; note?: string | null };
type FrenchNotes = { correctionNoteFr?: string | null; retractionNoteFr?: string | null; noteFr?: string | null };

/** A French note translates an English one: none is stored where there is nothing to translate. */
function checkNotes(entry: Notes, input: FrenchNotes) {
  for (const field of ["correctionNote", "retractionNote", "note"] as const) {
    if (input[`${field}Fr`] && !entry[field]) throw new RuleError(errorText("nothingToTranslate", { note: field }), `${field}Fr`);
  }
}

/** The French evidence titles, each for a piece of evidence of this entry. */
async function translateEvidence(
  evidence: { id: number }[],
  input: { evidence: { id: number; titleFr?: string | null }[] },
  update: (id: number, titleFr: string | null | undefined) => Promise<unknown>,
) {
  const own = new Set(evidence.map((item) => item.id));
  for (const [index, item] of input.evidence.entries()) {
    if (!own.has(item.id)) throw new RuleError(errorText("notThisEvidence"), `evidence.${index}.titleFr`);
  }
  for (const item of input.evidence) await update(item.id, item.titleFr);
}

const changeInclude = { evidence: { orderBy: { position: "asc" } } } satisfies Prisma.StatusChangeInclude;

export async function translateStatusChange(input: TranslateStatusChangeInput, userId: number) {
  return publicWrite(async (tx: Tx) => {
    const first = await tx.statusChange.findUnique({ where: { id: input.changeId }, select: { indicatorId: true } });
    if (!first) throw new NotFoundError(errorText("changeGone"));
    await updateAtVersion(tx, "indicator", first.indicatorId, input.version, userId);
    const before = await tx.statusChange.findUniqueOrThrow({ where: { id: input.changeId }, include: changeInclude });
    checkNotes(before, input);
    await translateEvidence(before.evidence, input, (id, titleFr) => tx.evidence.update({ where: { id }, data: { titleFr } }));
    const after = await tx.statusChange.update({
      where: { id: before.id },
      data: { summaryFr: input.summaryFr, correctionNoteFr: input.correctionNoteFr, retractionNoteFr: input.retractionNoteFr },
      include: changeInclude,
    });
    await appendAudit(tx, { userId, action: "status_change.translate", entityType: "status_change", entityId: before.id, before, after });
    return after;
  });
}

const observationInclude = { evidence: { orderBy: { position: "asc" } } } satisfies Prisma.ObservationInclude;

export async function translateObservation(input: TranslateObservationInput, userId: number) {
  return publicWrite(async (tx: Tx) => {
    const first = await tx.observation.findUnique({ where: { id: input.observationId }, select: { metricId: true } });
    if (!first) throw new NotFoundError(errorText("valueGone"));
    await updateAtVersion(tx, "metric", first.metricId, input.version, userId);
    const before = await tx.observation.findUniqueOrThrow({ where: { id: input.observationId }, include: observationInclude });
    checkNotes(before, input);
    await translateEvidence(before.evidence, input, (id, titleFr) => tx.observationEvidence.update({ where: { id }, data: { titleFr } }));
    const after = await tx.observation.update({
      where: { id: before.id },
      data: { noteFr: input.noteFr, correctionNoteFr: input.correctionNoteFr, retractionNoteFr: input.retractionNoteFr },
      include: observationInclude,
    });
    await appendAudit(tx, { userId, action: "observation.translate", entityType: "observation", entityId: before.id, before, after });
    return after;
  });
}
