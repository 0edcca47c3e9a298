// Helpers for the wrappers around Next.js's request handler (scripts/start.mjs) that decide what
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
 * Next.js marks its cached pages "s-maxage=10, stale-while-revalidate=<a year>": inside the app
 * that lets a page outlive a database outage (writes empty the caches, so it never hides one). A
 * shared cache in front (nginx, a CDN) is not told of writes, and would hand the first reader after
 * a quiet spell a copy from before the last one: shared caches are told 60 s at most.
 */
export const SHARED_STALE_SECONDS = 60;

export function capSharedStaleness(res) {
  const value = res.getHeader("cache-control");
  const match = typeof value === "string" ? /^s-maxage=(\d+), stale-while-revalidate=(\d+)$/.exec(value) : null;
  if (match && Number(match[2]) > SHARED_STALE_SECONDS) {
    res.setHeader("Cache-Control", `s-maxage=${match[1]}, stale-while-revalidate=${SHARED_STALE_SECONDS}`);
  }
}
