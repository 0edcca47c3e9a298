import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After any write that the public can see: drops every cached public page so the next request
 * renders fresh data (on-demand revalidation). Public pages stay cached in between.
 */
export function revalidatePublicPages() {
  revalidatePath("/", "layout");
}
