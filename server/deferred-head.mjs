// Helpers for the wrappers around Next.js's request handler (server/start.mjs) that decide what
// to send only once Next.js has answered: the status and headers are recorded, not sent, until
// the wrapper has seen them; a wrapper may then tidy the headers or send another response.

/** Makes `res.writeHead` record instead of send. */
export function deferWriteHead(res) {
  res.writeHead = function (status, reason, headers) {
    res.statusCode = status;
    const fields = typeof reason === "object" && reason !== null ? reason : headers;
    if (Array.isArray(fields)) for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i], fields[i + 1]);
    else if (fields) for (const [name, value] of Object.entries(fields)) res.setHeader(name, value);
    return res;
  };
}

/**
 * At the first byte of the body, calls `choose(res)` with Next.js's status and headers in place.
 * It returns null to let the response through as it is, or a function that sends another one
 * instead (given the end callback): what Next.js writes after that is dropped.
 */
export function replaceResponse(res, choose) {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead };
  const restore = () => Object.assign(res, original);
  deferWriteHead(res);
  let replacement; // undefined until decided, then null or the function
  const decide = () => {
    if (replacement !== undefined) return;
    replacement = choose(res) ?? null;
    if (!replacement) restore();
  };
  res.write = function (chunk, encoding, callback) {
    decide();
    if (!replacement) return res.write(chunk, encoding, callback);
    [encoding, callback].find((argument) => typeof argument === "function")?.(); // dropped
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (typeof chunk === "function") return res.end(undefined, undefined, chunk);
    decide();
    if (!replacement) return res.end(chunk, encoding, callback);
    restore();
    return replacement(callback);
  };
}

/**
 * Next.js appends some headers twice on the way (Location, for a redirect from a cached page):
 * one value of each, except Set-Cookie, which may rightly repeat. Works on a header object.
 */
export function collapseRepeatedHeaders(headers) {
  for (const [name, value] of Object.entries(headers)) {
    if (Array.isArray(value) && name.toLowerCase() !== "set-cookie") {
      const unique = [...new Set(value)];
      headers[name] = unique.length === 1 ? unique[0] : unique;
    }
  }
  return headers;
}

/**
 * What shared caches in front (nginx, a CDN) are told. They are not told of writes, so they may
 * keep a public response for 1 s (nginx counts whole seconds: 1 to 2 s) and must then fetch it
 * again (a conditional request, which the app's own cache answers with a 304 when nothing
 * changed): a saved change reaches their readers within 2 s. No stale-while-revalidate: a copy
 * fetched in the background just before a write would be served a further second (measured: up to
 * 2.0 s on a busy page, against 1.9 s without it, at the same throughput). On errors they may serve what they have for a day.
 * Browsers revalidate every time (max-age=0), which the ETags and Last-Modified of every public
 * response make a cheap 304. The app's own caches keep their longer lifetimes: writes invalidate
 * them at once (server/http-cache.mjs).
 */
export const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-if-error=86400";

/** The Cache-Control to send for `value`: public responses (those with s-maxage) get SHARED_CACHE_CONTROL. */
export function sharedCacheControl(value) {
  return typeof value === "string" && /s-maxage=/.test(value) && !/private|no-store/.test(value) ? SHARED_CACHE_CONTROL : value;
}

/** Rewrites the Cache-Control of whatever `res` sends (see sharedCacheControl). */
export function limitSharedCaching(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, reason, headers) {
    const fields = typeof reason === "object" && reason !== null ? reason : headers;
    if (fields && !Array.isArray(fields)) {
      for (const name of Object.keys(fields)) if (name.toLowerCase() === "cache-control") fields[name] = sharedCacheControl(fields[name]);
    }
    if (res.hasHeader("cache-control")) res.setHeader("Cache-Control", sharedCacheControl(res.getHeader("cache-control")));
    return writeHead.apply(this, arguments);
  };
}
