// Whether a request's If-None-Match / If-Modified-Since matches a response's validators, so that
// a 304 may be sent. Shared by the route handlers (lib/http/responses.ts) and the in-process cache
// (server/http-cache.mjs). If-None-Match wins when both are sent (RFC 9110, section 13.2.2).

/**
 * @param {{ ifNoneMatch?: string | null, ifModifiedSince?: string | null }} request
 * @param {{ etag?: string | null, lastModified?: string | null }} response  lastModified as an HTTP or ISO date
 */
export function isNotModified({ ifNoneMatch, ifModifiedSince }, { etag, lastModified }) {
  if (ifNoneMatch !== undefined && ifNoneMatch !== null) {
    if (!etag) return false;
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag.replace(/^W\//, ""));
  }
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  return !Number.isNaN(since) && !Number.isNaN(modified) && Math.floor(modified / 1000) * 1000 <= since;
}
