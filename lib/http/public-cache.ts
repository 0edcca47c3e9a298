import "server-only";
import { unstable_cache } from "next/cache";

// Public reads that route handlers serve (feeds, badges, the open-data API) are cached in the
// Next.js data cache (server/cache-handler.cjs), whose entries a public write marks stale
// (lib/writes/publish.ts); `revalidate` bounds staleness otherwise (the date-derived "overdue" flags).
export const PUBLIC_REVALIDATE_SECONDS = 60;

export function cachedPublicRead<Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>) {
  return unstable_cache(read, [name], { revalidate: PUBLIC_REVALIDATE_SECONDS });
}
