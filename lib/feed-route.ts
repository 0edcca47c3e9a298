import "server-only";
import { FEED_CONTENT_TYPES, getFeeds, type FeedFormat, type FeedScope } from "@/lib/feeds";
import { cachedResponse, jsonError } from "@/lib/http";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The GET handler of every feed route: the scope's feed in one format, with conditional GET. */
export async function serveFeed(request: Request, scope: FeedScope, format: FeedFormat) {
  if (scope.kind !== "all" && (!SLUG.test(scope.slug) || scope.slug.length > 80)) {
    return jsonError(404, `No ${scope.kind} has the address “${scope.slug.slice(0, 80)}”.`);
  }
  const feeds = await getFeeds(scope);
  if (!feeds) return jsonError(404, `No ${scope.kind} has the address “${"slug" in scope ? scope.slug : ""}”.`);
  return cachedResponse(request, feeds[format], FEED_CONTENT_TYPES[format]);
}
