// What a piece of evidence is, and how the pages and feeds name each kind. The kinds themselves
// are the database's enum (prisma/schema.prisma), read from Prisma's generated client.
import { EvidenceKind } from "@/lib/generated/prisma/enums";
import { LIMITS } from "@/lib/rules/limits";
import { labels } from "@/lib/i18n/labels";

export { EvidenceKind };

export const EVIDENCE_KINDS = Object.values(EvidenceKind);

/** The kinds' names, in English (messages/<locale>/labels.json "evidenceKind" has both languages). */
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = labels().evidenceKind;

/** Pieces of evidence on one status change. */
export const MAX_EVIDENCE = LIMITS.evidence;
