import "server-only";
import { publicWrite } from "@/lib/writes/publish";
import { containsText, offset } from "@/lib/predictions/admin-lists";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceInput } from "@/lib/validation/source";
import { createRecord, updateRecord } from "@/lib/writes/records";

export const ADMIN_SOURCES_PAGE_SIZE = 25;

/** One page of sources, newest first, with how many predictions cite each; title, author or outlet containing `q` (any case). */
export async function listSourcesForAdmin(filter: { q?: string; page: number }) {
  const db = getDb();
  const text = filter.q && containsText(filter.q);
  const where: Prisma.SourceWhereInput = text
    ? { OR: (["title", "author", "outlet"] as const).map((field) => ({ [field]: { contains: text, mode: "insensitive" } })) }
    : {};
  const [sources, total] = await Promise.all([
    db.source.findMany({
      where,
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      skip: offset(filter.page, ADMIN_SOURCES_PAGE_SIZE),
      take: ADMIN_SOURCES_PAGE_SIZE,
      include: { _count: { select: { predictions: true } } },
    }),
    db.source.count({ where }),
  ]);
  return { sources, total };
}

/** Every source's id and title, for the prediction form's chooser (sources are few, like predictions). */
export function listSourceOptions() {
  return getDb().source.findMany({ orderBy: [{ publishedOn: "desc" }, { id: "desc" }], select: { id: true, title: true } });
}

export function getSource(id: number) {
  return getDb().source.findUnique({ where: { id } });
}

export async function createSource(input: SourceInput, userId: number) {
  return publicWrite((tx) => createRecord(tx, "source", input, userId));
}

export async function updateSource(id: number, version: number, input: SourceInput, userId: number) {
  return publicWrite(async (tx) => (await updateRecord(tx, "source", { id, version, data: input, userId })).after);
}
