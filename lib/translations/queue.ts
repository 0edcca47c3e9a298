import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// The admin's translation queue (/admin/translations): every public record with an English text
// and no French version of it yet, by kind, oldest first, 50 a page. Untranslated means a French
// column NULL or blank, as lib/i18n/content.ts's translationMissing says of one record. Each kind
// scans its table; the admin's navigation shows a count capped at COUNT_CAP, which stops reading
// once it has that many, so that it stays cheap however much is untranslated.

// Their names, in the admin's language: messages adminPeople.translations.kinds.
export const TRANSLATION_KINDS = ["prediction", "indicator", "status_change", "evidence", "metric", "target", "value"] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

export const TRANSLATION_PAGE_SIZE = 50;
export const COUNT_CAP = 1000;

export type QueueEntry = {
  kind: TranslationKind;
  id: number;
  /** The English text that names the entry (its title, or the start of its summary). */
  label: string;
  /** The English fields without a French version, by their Prisma names ("correctionNote"). */
  missing: string[];
  /** Where an editor adds the French. */
  href: string;
  prediction: { id: number; title: string };
  indicator: { id: number; title: string } | null;
};

const untranslated = (column: string) => Prisma.raw(`coalesce(btrim(${column}_fr), '') = ''`);
/** An optional English text (a note) needs a French version only when it exists. */
const untranslatedOptional = (column: string) => Prisma.raw(`(${column} IS NOT NULL AND coalesce(btrim(${column}_fr), '') = '')`);
/** The names of the missing fields, as an array. */
const missingList = (pairs: [string, Prisma.Sql][]) =>
  Prisma.sql`array_remove(ARRAY[${Prisma.join(
    pairs.map(([name, condition]) => Prisma.sql`CASE WHEN ${condition} THEN ${name} END`),
    ", ",
  )}]::text[], NULL)`;
const anyOf = (pairs: [string, Prisma.Sql][]) =>
  Prisma.sql`(${Prisma.join(
    pairs.map(([, condition]) => condition),
    " OR ",
  )})`;

// Each kind's rows, in the order of COLUMNS: kind, its order, id, label, missing fields, prediction,
// indicator, and the id of the record whose form takes the French (link_id, see hrefOf).
function kindQuery(kind: TranslationKind): Prisma.Sql {
  switch (kind) {
    case "prediction": {
      const fields: [string, Prisma.Sql][] = [
        ["title", untranslated("p.title")],
        ["claim", untranslated("p.claim")],
      ];
      return Prisma.sql`SELECT 'prediction', 1, p.id, p.title, ${missingList(fields)},
          p.id, p.title, NULL::int, NULL::text, p.id
        FROM predictions p WHERE ${anyOf(fields)}`;
    }
    case "indicator": {
      const fields: [string, Prisma.Sql][] = [
        ["title", untranslated("i.title")],
        ["criteria", untranslated("i.criteria")],
        ["theme", untranslated("i.theme")],
      ];
      return Prisma.sql`SELECT 'indicator', 2, i.id, i.title, ${missingList(fields)},
          p.id, p.title, i.id, i.title, i.id
        FROM indicators i JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(fields)}`;
    }
    case "status_change": {
      const fields: [string, Prisma.Sql][] = [
        ["summary", untranslated("s.summary")],
        ["correctionNote", untranslatedOptional("s.correction_note")],
        ["retractionNote", untranslatedOptional("s.retraction_note")],
      ];
      return Prisma.sql`SELECT 'status_change', 3, s.id, left(s.summary, 120), ${missingList(fields)},
          p.id, p.title, i.id, i.title, s.id
        FROM status_changes s JOIN indicators i ON i.id = s.indicator_id JOIN predictions p ON p.id = i.prediction_id
        WHERE ${anyOf(fields)}`;
    }
    case "evidence": {
      // A status change's evidence and a value's, each linked to the form of the entry it backs
      // (link_id: the entry; the kind of entry is told by its id's sign: values are negative).
      return Prisma.sql`SELECT 'evidence', 4, e.id, e.title, ARRAY['title']::text[],
          p.id, p.title, i.id, i.title, e.status_change_id
        FROM evidence e JOIN status_changes s ON s.id = e.status_change_id JOIN indicators i ON i.id = s.indicator_id
          JOIN predictions p ON p.id = i.prediction_id
        WHERE ${untranslated("e.title")}
        UNION ALL
        SELECT 'evidence', 4, -e.id, e.title, ARRAY['title']::text[],
          p.id, p.title, i.id, i.title, -e.observation_id
        FROM observation_evidence e JOIN observations o ON o.id = e.observation_id JOIN metrics m ON m.id = o.metric_id
          JOIN indicators i ON i.id = m.indicator_id JOIN predictions p ON p.id = i.prediction_id
        WHERE ${untranslated("e.title")}`;
    }
    case "metric": {
      const fields: [string, Prisma.Sql][] = [
        ["title", untranslated("m.title")],
        ["definition", untranslated("m.definition")],
        ["unit", untranslated("m.unit")],
      ];
      return Prisma.sql`SELECT 'metric', 5, m.id, m.title, ${missingList(fields)},
          p.id, p.title, i.id, i.title, m.id
        FROM metrics m JOIN indicators i ON i.id = m.indicator_id JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(fields)}`;
    }
    case "target": {
      const fields: [string, Prisma.Sql][] = [
        ["label", untranslated("t.label")],
        ["commitmentTitle", untranslated("t.commitment_title")],
      ];
      return Prisma.sql`SELECT 'target', 6, t.id, t.label, ${missingList(fields)},
          p.id, p.title, i.id, i.title, t.id
        FROM metric_targets t JOIN metrics m ON m.id = t.metric_id JOIN indicators i ON i.id = m.indicator_id
          JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(fields)}`;
    }
    case "value": {
      const fields: [string, Prisma.Sql][] = [
        ["note", untranslatedOptional("o.note")],
        ["correctionNote", untranslatedOptional("o.correction_note")],
        ["retractionNote", untranslatedOptional("o.retraction_note")],
      ];
      return Prisma.sql`SELECT 'value', 7, o.id, m.title || ', ' || o.period_label, ${missingList(fields)},
          p.id, p.title, i.id, i.title, o.id
        FROM observations o JOIN metrics m ON m.id = o.metric_id JOIN indicators i ON i.id = m.indicator_id
          JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(fields)}`;
    }
  }
}

export type QueueFilter = { kind?: TranslationKind; prediction?: number; page: number };

type Row = {
  kind: TranslationKind;
  id: number;
  label: string;
  missing: string[];
  prediction_id: number;
  prediction_title: string;
  indicator_id: number | null;
  indicator_title: string | null;
  link_id: number;
};

function hrefOf(row: Row): string {
  switch (row.kind) {
    case "prediction":
      return `/admin/predictions/${row.link_id}`;
    case "indicator":
      return `/admin/indicators/${row.link_id}`;
    case "status_change":
      return `/admin/changes/${row.link_id}/french`;
    case "evidence":
      return row.link_id > 0 ? `/admin/changes/${row.link_id}/french` : `/admin/observations/${-row.link_id}/french`;
    case "metric":
      return `/admin/metrics/${row.link_id}`;
    case "target":
      return `/admin/targets/${row.link_id}`;
    case "value":
      return `/admin/observations/${row.link_id}/french`;
  }
}

// Every kind's SELECT gives these columns, in this order.
const COLUMNS = Prisma.raw("kind, kind_order, id, label, missing, prediction_id, prediction_title, indicator_id, indicator_title, link_id");

function queueSql(filter: Omit<QueueFilter, "page">) {
  const kinds = filter.kind ? [filter.kind] : TRANSLATION_KINDS;
  const union = Prisma.join(
    kinds.map((kind) => kindQuery(kind)),
    " UNION ALL ",
  );
  const prediction = filter.prediction ?? null;
  return Prisma.sql`(SELECT * FROM (${union}) AS q(${COLUMNS}) WHERE (${prediction}::int IS NULL OR q.prediction_id = ${prediction}::int))`;
}

/** A page of the queue, and how many entries it has in all. */
export async function listUntranslated(filter: QueueFilter): Promise<{ entries: QueueEntry[]; total: number }> {
  const db = getDb();
  const source = queueSql(filter);
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT * FROM ${source} AS q ORDER BY q.kind_order, abs(q.id), q.id
      LIMIT ${TRANSLATION_PAGE_SIZE} OFFSET ${(filter.page - 1) * TRANSLATION_PAGE_SIZE}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${source} AS q`,
  ]);
  return {
    total,
    entries: rows.map((row) => ({
      kind: row.kind,
      id: Math.abs(row.id),
      label: row.label,
      missing: row.missing,
      href: hrefOf(row),
      prediction: { id: row.prediction_id, title: row.prediction_title },
      indicator: row.indicator_id === null ? null : { id: row.indicator_id, title: row.indicator_title ?? "" },
    })),
  };
}

/** How many entries lack a French version, counted up to COUNT_CAP (the navigation shows "1000+"). */
export async function countUntranslated(): Promise<number> {
  const [{ count }] = await getDb().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM ${queueSql({})} AS q LIMIT ${COUNT_CAP}) AS capped`;
  return count;
}
