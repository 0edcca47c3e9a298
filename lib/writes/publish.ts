import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bumpGeneration, CHANNEL } from "@/server/cache-generation.cjs";

type Tx = Prisma.TransactionClient;

/**
 * A write the public sees (a prediction, an indicator, a source, a status change): one
 * transaction, which also tells every app process (NOTIFY, delivered by PostgreSQL only once the
 * transaction commits) to mark its cached public responses stale; this process marks its own at
 * once, after the commit. So a render running at the same time can never store data from before
 * the write as fresh (server/cache-generation.cjs), and nothing is marked stale for a write that
 * rolled back. Writes nobody reads in public (accounts, sessions) use a plain transaction.
 */
export async function publicWrite<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await getDb().$transaction(async (tx) => {
    const value = await write(tx);
    await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, '')`;
    return value;
  });
  bumpGeneration();
  return result;
}
