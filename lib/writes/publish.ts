import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/http/public-cache";

/**
 * After any write that the public can see (called from server actions): expires every cached
 * public page and the cached data behind the feeds, badges and API, so the next request renders
 * fresh data (on-demand revalidation). Public pages stay cached in between.
 */
export function revalidatePublicPages() {
  revalidatePath("/", "layout");
  updateTag(PUBLIC_DATA_TAG);
}
