import "server-only";
import { unstable_cache } from "next/cache";

// Public reads that route handlers serve (feeds, badges, the open-data API) are cached in the
// Next.js data cache under one tag; every write expires it (lib/writes/publish.ts), and `revalidate`
// bounds staleness otherwise (e.g. the date-derived "overdue" flags).
export const PUBLIC_DATA_TAG = "public-data";
export const PUBLIC_REVALIDATE_SECONDS = 60;

export function cachedPublicRead<Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>) {
  return unstable_cache(read, [name], { tags: [PUBLIC_DATA_TAG], revalidate: PUBLIC_REVALIDATE_SECONDS });
}
