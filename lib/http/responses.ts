import "server-only";
import { createHash } from "node:crypto";
import { isNotModified } from "@/server/conditional-get.mjs";

// HTTP caching for feeds, badges and the API: a strong ETag from the body's hash, Last-Modified
// from the data, 304 on If-None-Match or If-Modified-Since, and a lifetime for the app's own
// cache (writes invalidate it at once); the server pipeline tells shared caches in front and
// browsers their shorter part (SHARED_CACHE_CONTROL in server/deferred-head.mjs).
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=60";

/** A response body with its validators. Plain JSON (lastModified as ISO text), so it can be cached. */
export type CachedBody = { body: string; etag: string; lastModified: string };

export function withEtag(body: string, lastModified: Date): CachedBody {
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url")}"`, lastModified: lastModified.toISOString() };
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
  const validators = { ifNoneMatch: request.headers.get("if-none-match"), ifModifiedSince: request.headers.get("if-modified-since") };
  if (isNotModified(validators, cached)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { status: 200, headers });
}

/** A JSON error body with a reason, for the API and feeds. */
export function jsonError(status: 400 | 404 | 405 | 413 | 415 | 422 | 503, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { status, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
