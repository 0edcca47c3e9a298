import "server-only";
import { FEED_CONTENT_TYPES, getFeed, type FeedFormat, type FeedScope } from "@/lib/feeds/feeds";
import { publicResponse, jsonError } from "@/lib/http/responses";
import { isLocale } from "@/lib/i18n/locales";
import { redirectRenamed } from "@/lib/predictions/slug-redirects";
import { isSlug } from "@/lib/validation/fields";

/**
 * The GET handler of every feed route: the scope's feed in one format and in the language of the
 * route's [locale] segment, with conditional GET. Each language is its own URL, so its own cache entry.
 */
export async function serveFeed(request: Request, scope: FeedScope, format: FeedFormat, locale: string) {
  if (!isLocale(locale)) return jsonError(404, "No such feed.");
  if (scope.kind !== "all" && !isSlug(scope.slug)) {
    return jsonError(404, `No ${scope.kind} has the address “${scope.slug.slice(0, 80)}”.`);
  }
  const feed = await getFeed(scope, format, locale);
  if (!feed) {
    const moved = scope.kind === "all" ? null : await redirectRenamed(request, scope.kind, scope.slug, locale);
    return moved ?? jsonError(404, `No ${scope.kind} has the address “${"slug" in scope ? scope.slug : ""}”.`);
  }
  return publicResponse(feed, FEED_CONTENT_TYPES[format]);
}
