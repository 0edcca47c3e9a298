import "server-only";
import { createHash } from "node:crypto";

// HTTP caching for feeds, badges and the API: a strong ETag from the body's hash, Last-Modified
// from the data, 304 on If-None-Match or If-Modified-Since, and a shared-cache policy.
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

/** A response body with its validators. Plain JSON (lastModified as ISO text), so it can be cached. */
export type CachedBody = { body: string; etag: string; lastModified: string };

export function withEtag(body: string, lastModified: Date): CachedBody {
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url")}"`, lastModified: lastModified.toISOString() };
}

function notModified(request: Request, { etag, lastModified }: CachedBody) {
  const modified = new Date(lastModified).getTime();
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    // Weak comparison, as RFC 9110 asks for If-None-Match.
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince !== null) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(modified / 1000) * 1000 <= since;
  }
  return false;
}

/** 200 with the body, or 304 when the client's copy is current. */
export function cachedResponse(request: Request, cached: CachedBody, contentType: string, extraHeaders: Record<string, string> = {}) {
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": PUBLIC_CACHE_CONTROL,
    ETag: cached.etag,
    "Last-Modified": new Date(cached.lastModified).toUTCString(),
    ...extraHeaders,
  };
  if (notModified(request, cached)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { status: 200, headers });
}

/** A JSON error body with a reason, for the API and feeds. */
export function jsonError(status: 400 | 404 | 405 | 413 | 415 | 422 | 503, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { status, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
