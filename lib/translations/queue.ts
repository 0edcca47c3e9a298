import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TRANSLATED_FIELDS, type TranslatedKind } from "@/lib/i18n/content";

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

// Each kind's translated fields (TRANSLATED_FIELDS, lib/i18n/content.ts), by their Prisma names, with
// the condition that says its French is missing; `alias` is the kind's table in the queries below. A
// note exists on some rows only, and needs its French only where it does. These conditions are
// word for word those of the partial indexes of migration 20261204110000.
const OPTIONAL = new Set<string>(["note", "correctionNote", "retractionNote"]);
function fieldsOf(kind: TranslatedKind, alias: string): [string, Prisma.Sql][] {
  return TRANSLATED_FIELDS[kind].map((field) => {
    const column = `${alias}.${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;
    return [field, OPTIONAL.has(field) ? untranslatedOptional(column) : untranslated(column)];
  });
}
const PREDICTION_FIELDS = fieldsOf("prediction", "p");
const INDICATOR_FIELDS = fieldsOf("indicator", "i");
const STATUS_CHANGE_FIELDS = fieldsOf("statusChange", "s");
const METRIC_FIELDS = fieldsOf("metric", "m");
const TARGET_FIELDS = fieldsOf("target", "t");
const VALUE_FIELDS = fieldsOf("observation", "o");

// Each kind's rows, in the order of COLUMNS: kind, its order, id, label, missing fields, prediction,
// indicator, and the id of the record whose form takes the French (link_id, see hrefOf). `top`, when
// given, keeps each table's first rows by id only (ORDER BY id LIMIT top): a page of the queue needs no
// more from any one table, and PostgreSQL then reads them in id order from the partial indexes of
// migration 20261204110000 instead of sorting every untranslated row (1,010,000 status changes and as
// many pieces of evidence on the benchmark's large set: 3.6 s for the first page, without it).
function kindQuery(kind: TranslationKind, prediction: number | null, top: number | null): Prisma.Sql {
  // Its first rows by id; of one prediction (p is each branch's prediction), then its first rows.
  const firstOnly = (order: string) => (top === null ? Prisma.empty : Prisma.sql` ORDER BY ${Prisma.raw(order)} LIMIT ${top}`);
  const first = (order: string) =>
    Prisma.sql`${prediction === null ? Prisma.empty : Prisma.sql` AND p.id = ${prediction}`}${firstOnly(order)}`;
  const ofPrediction = (indicatorId: string) =>
    prediction === null
      ? Prisma.empty
      : Prisma.sql` AND ${Prisma.raw(indicatorId)} IN (SELECT id FROM indicators WHERE prediction_id = ${prediction})`;
  switch (kind) {
    case "prediction": {
      return Prisma.sql`(SELECT 'prediction', 1, p.id, p.title, ${missingList(PREDICTION_FIELDS)},
          p.id, p.title, NULL::int, NULL::text, p.id
        FROM predictions p WHERE ${anyOf(PREDICTION_FIELDS)}${first("p.id")})`;
    }
    case "indicator": {
      return Prisma.sql`(SELECT 'indicator', 2, i.id, i.title, ${missingList(INDICATOR_FIELDS)},
          p.id, p.title, i.id, i.title, i.id
        FROM indicators i JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(INDICATOR_FIELDS)}${first("i.id")})`;
    }
    case "status_change": {
      // The two tables that grow with every entry are narrowed on their own (their partial index,
      // the prediction through the entry's indicator) before the joins that name each row.
      return Prisma.sql`(SELECT 'status_change', 3, s.id, left(s.summary, 120), ${missingList(STATUS_CHANGE_FIELDS)},
          p.id, p.title, i.id, i.title, s.id
        FROM (SELECT * FROM status_changes s WHERE ${anyOf(STATUS_CHANGE_FIELDS)}${ofPrediction("s.indicator_id")}${firstOnly("s.id")}) s
          JOIN indicators i ON i.id = s.indicator_id JOIN predictions p ON p.id = i.prediction_id)`;
    }
    case "evidence": {
      // A status change's evidence and a value's, each linked to the form of the entry it backs
      // (link_id: the entry; the kind of entry is told by its id's sign: values are negative).
      return Prisma.sql`(SELECT 'evidence', 4, e.id, e.title, ARRAY['title']::text[],
          p.id, p.title, i.id, i.title, e.status_change_id
        FROM (SELECT * FROM evidence e WHERE ${untranslated("e.title")}${
          prediction === null
            ? Prisma.empty
            : Prisma.sql` AND e.status_change_id IN (SELECT s.id FROM status_changes s WHERE TRUE${ofPrediction("s.indicator_id")})`
        }${firstOnly("e.id")}) e
          JOIN status_changes s ON s.id = e.status_change_id JOIN indicators i ON i.id = s.indicator_id
          JOIN predictions p ON p.id = i.prediction_id)
        UNION ALL
        (SELECT 'evidence', 4, -e.id, e.title, ARRAY['title']::text[],
          p.id, p.title, i.id, i.title, -e.observation_id
        FROM observation_evidence e JOIN observations o ON o.id = e.observation_id JOIN metrics m ON m.id = o.metric_id
          JOIN indicators i ON i.id = m.indicator_id JOIN predictions p ON p.id = i.prediction_id
        WHERE ${untranslated("e.title")}${first("e.id")})`;
    }
    case "metric": {
      return Prisma.sql`(SELECT 'metric', 5, m.id, m.title, ${missingList(METRIC_FIELDS)},
          p.id, p.title, i.id, i.title, m.id
        FROM metrics m JOIN indicators i ON i.id = m.indicator_id JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(METRIC_FIELDS)}${first("m.id")})`;
    }
    case "target": {
      return Prisma.sql`(SELECT 'target', 6, t.id, t.label, ${missingList(TARGET_FIELDS)},
          p.id, p.title, i.id, i.title, t.id
        FROM metric_targets t JOIN metrics m ON m.id = t.metric_id JOIN indicators i ON i.id = m.indicator_id
          JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(TARGET_FIELDS)}${first("t.id")})`;
    }
    case "value": {
      return Prisma.sql`(SELECT 'value', 7, o.id, m.title || ', ' || o.period_label, ${missingList(VALUE_FIELDS)},
          p.id, p.title, i.id, i.title, o.id
        FROM observations o JOIN metrics m ON m.id = o.metric_id JOIN indicators i ON i.id = m.indicator_id
          JOIN predictions p ON p.id = i.prediction_id WHERE ${anyOf(VALUE_FIELDS)}${first("o.id")})`;
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

function queueSql(filter: Omit<QueueFilter, "page">, top: number | null = null) {
  const kinds = filter.kind ? [filter.kind] : TRANSLATION_KINDS;
  const union = Prisma.join(
    kinds.map((kind) => kindQuery(kind, filter.prediction ?? null, top)),
    " UNION ALL ",
  );
  return Prisma.sql`(SELECT * FROM (${union}) AS q(${COLUMNS}))`;
}

/** A page of the queue, and how many entries it has in all. */
export async function listUntranslated(filter: QueueFilter): Promise<{ entries: QueueEntry[]; total: number }> {
  const db = getDb();
  const offset = (filter.page - 1) * TRANSLATION_PAGE_SIZE;
  const [rows, total] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT * FROM ${queueSql(filter, offset + TRANSLATION_PAGE_SIZE)} AS q ORDER BY q.kind_order, abs(q.id), q.id
      LIMIT ${TRANSLATION_PAGE_SIZE} OFFSET ${offset}`,
    countQueue(filter),
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

/**
 * How many entries the queue has in all, with a filter. Without a prediction, each table is counted
 * alone (every row belongs to some prediction): index-only over the partial indexes, where the
 * joins that name each row's prediction made a million rows cost 0.4 s instead of 0.1 s.
 */
async function countQueue(filter: Omit<QueueFilter, "page">): Promise<number> {
  if (filter.prediction !== undefined) {
    const [{ total }] = await getDb().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM ${queueSql(filter)} AS q`;
    return total;
  }
  const kinds = filter.kind ? [filter.kind] : TRANSLATION_KINDS;
  const counts = Prisma.join(
    kinds.map((kind) => Prisma.sql`(${COUNTS[kind]})`),
    " + ",
  );
  const [{ total }] = await getDb().$queryRaw<{ total: number }[]>`SELECT (${counts})::int AS total`;
  return total;
}

const COUNTS: Record<TranslationKind, Prisma.Sql> = {
  prediction: Prisma.sql`SELECT count(*) FROM predictions p WHERE ${anyOf(PREDICTION_FIELDS)}`,
  indicator: Prisma.sql`SELECT count(*) FROM indicators i WHERE ${anyOf(INDICATOR_FIELDS)}`,
  status_change: Prisma.sql`SELECT count(*) FROM status_changes s WHERE ${anyOf(STATUS_CHANGE_FIELDS)}`,
  evidence: Prisma.sql`SELECT (SELECT count(*) FROM evidence e WHERE ${untranslated("e.title")})
    + (SELECT count(*) FROM observation_evidence e WHERE ${untranslated("e.title")})`,
  metric: Prisma.sql`SELECT count(*) FROM metrics m WHERE ${anyOf(METRIC_FIELDS)}`,
  target: Prisma.sql`SELECT count(*) FROM metric_targets t WHERE ${anyOf(TARGET_FIELDS)}`,
  value: Prisma.sql`SELECT count(*) FROM observations o WHERE ${anyOf(VALUE_FIELDS)}`,
};

/** How many entries lack a French version, counted up to COUNT_CAP (the navigation shows "1000+"). */
export async function countUntranslated(): Promise<number> {
  const [{ count }] = await getDb().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM ${queueSql({})} AS q LIMIT ${COUNT_CAP}) AS capped`;
  return count;
}
