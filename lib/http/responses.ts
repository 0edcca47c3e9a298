import "server-only";
import { createHash } from "node:crypto";

// Responses of feeds, badges and the API: a strong ETag from the body's hash, Last-Modified from
// the data, and a lifetime for the app's own cache (writes invalidate it at once). The request
// pipeline answers conditional requests with 304 (server/http-cache.mjs, the one place that does),
// and tells shared caches in front and browsers their shorter part (server/deferred-head.mjs).
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=60";

/** A response body with its validators. Plain JSON (lastModified as ISO text), so it can be cached. */
export type CachedBody = { body: string; etag: string; lastModified: string };

export function withEtag(body: string, lastModified: Date): CachedBody {
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url")}"`, lastModified: lastModified.toISOString() };
}

/** 200 with the body and its validators, public. */
export function publicResponse(cached: CachedBody, contentType: string, extraHeaders: Record<string, string> = {}) {
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": PUBLIC_CACHE_CONTROL,
    ETag: cached.etag,
    "Last-Modified": new Date(cached.lastModified).toUTCString(),
    ...extraHeaders,
  };
  return new Response(cached.body, { status: 200, headers });
}

/** A JSON error body with a reason, for the API and feeds. */
export function jsonError(status: 400 | 404 | 405 | 413 | 415 | 422 | 503, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { status, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
