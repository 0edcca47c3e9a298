// A small HTTP cache in front of Next.js's request handler, inside the app process: public GET
// responses (those Next.js marks public with s-maxage or public max-age: pages, feeds, badges,
// the API, static assets) are kept in memory as ready-to-send bytes, compressed with brotli or
// gzip once, on first demand, and served without entering the framework, with 304s for matching
// If-None-Match / If-Modified-Since. Entries expire at their s-maxage, or as soon as the
// public-data generation changes (a write in any replica, once its transaction has committed;
// server/cache-generation.cjs). An expired entry is kept, stale, until a new render replaces it:
// when that render fails (the database is down), readers get the stale copy, marked as such
// (X-Cache: STALE, Cache-Status, Age), and the URL is tried again at most every RETRY_MS.
// Requests with a session cookie and client navigations (RSC) go straight to Next.js; the
// other GETs are rendered into a buffer first, so that a response can be stored and compressed
// before it is sent; while one URL renders, other GETs of it wait for that render. A body past
// 4 MiB (the CSV export) is not stored: it streams through as it is written.
// Tested in tests/unit/http-cache.test.ts.
import { createRequire } from "node:module";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { isNotModified } from "./conditional-get.mjs";
import { collapseRepeatedHeaders, deferWriteHead, limitSharedCaching } from "./deferred-head.mjs";

const require = createRequire(import.meta.url);
const { currentGeneration } = require("./cache-generation.cjs");

const MAX_BYTES = 32 * 1024 * 1024;
const RETRY_MS = 2000;
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
// Headers that make Next.js answer differently for the same URL (see its Vary header).
const VARYING = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
const SESSION = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
const SKIP_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "content-encoding",
  "vary",
  "x-nextjs-cache",
]);
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|javascript)|image\/svg\+xml)/;

const ENCODERS = {
  br: (body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};

/**
 * @param {{ store?: boolean }} [options] store: false (development) keeps nothing, and still
 *   answers conditional requests and tells shared caches their part.
 */
export function createHttpCache({ store: keep = true } = {}) {
  const entries = new Map(); // url -> entry, least recently used first
  const pending = new Map(); // url -> promise of the render in flight for it
  let bytes = 0;

  const bypass = (req) =>
    (req.method !== "GET" && req.method !== "HEAD") ||
    VARYING.some((name) => req.headers[name] !== undefined) ||
    SESSION.test(req.headers.cookie ?? "");

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  function store(key, entry) {
    remove(key);
    entries.set(key, entry);
    bytes += entry.size;
    for (const [oldest] of entries) {
      if (bytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }

  function send(req, res, entry, cacheStatus) {
    const headers = { ...entry.headers, Vary: "Accept-Encoding", "X-Cache": cacheStatus };
    if (cacheStatus === "STALE") {
      // Served in place of a render that failed: say so, and how old the copy is.
      headers["Cache-Status"] = 'followthrough; hit; detail="stale: the page could not be rendered again"';
      headers.Age = String(Math.max(0, Math.round((Date.now() - entry.storedAt) / 1000)));
    }
    const encoding = entry.compressible ? preferredEncoding(req.headers["accept-encoding"]) : null;
    // A strong ETag names one sequence of bytes: each encoding of the body gets its own.
    if (encoding && headers.etag) headers.etag = encodedEtag(headers.etag, encoding);
    const validators = { ifNoneMatch: req.headers["if-none-match"], ifModifiedSince: req.headers["if-modified-since"] };
    if (isNotModified(validators, { etag: headers.etag, lastModified: entry.headers["last-modified"] })) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body = entry.body;
    if (encoding) {
      if (!entry.encoded[encoding]) {
        entry.encoded[encoding] = ENCODERS[encoding](entry.body);
        if (entries.get(entry.key) === entry) {
          entry.size += entry.encoded[encoding].length;
          bytes += entry.encoded[encoding].length;
        }
      }
      body = entry.encoded[encoding];
      headers["Content-Encoding"] = encoding;
    }
    headers["Content-Length"] = body.length;
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const fresh = (entry) => entry && entry.generation === currentGeneration() && entry.expires > Date.now();

  /** Wraps Next.js's request handler. */
  return {
    async handle(req, res, next) {
      // Whatever is sent, cached or not, tells shared caches in front their (short) part.
      if (req.method === "GET" || req.method === "HEAD") limitSharedCaching(res);
      if (bypass(req)) return next(req, res);
      if (!keep) {
        return bufferResponse(
          res,
          next,
          req,
          MAX_ENTRY_BYTES,
          () => {},
          (response) => {
            const entry = entryOf(req, req.url, currentGeneration(), response);
            return entry ? send(req, res, entry, "MISS") : sendAsIs(res, response.status, response.headers, response.body);
          },
        );
      }
      const key = req.url;
      // When this URL is being rendered already (an expired entry under load), wait for that
      // render instead of starting fifty more.
      const inFlight = pending.get(key);
      if (inFlight && req.method === "GET") await inFlight;
      const cached = entries.get(key);
      if (cached) {
        entries.delete(key); // most recently used last
        entries.set(key, cached);
      }
      if (fresh(cached)) return send(req, res, cached, "HIT");
      // Its last render failed a moment ago: the stale copy, without trying again yet.
      if (cached && cached.retryAt > Date.now()) return send(req, res, cached, "STALE");
      const generation = currentGeneration();
      // Those waiting are let go as soon as this render is stored, or known not to be storable.
      let release = () => {};
      if (req.method === "GET" && !pending.has(key)) {
        let settle;
        const render = new Promise((resolve) => (settle = resolve));
        pending.set(key, render);
        release = () => {
          if (pending.get(key) === render) pending.delete(key);
          settle();
        };
        res.once("close", release);
      }
      return bufferResponse(res, next, req, MAX_ENTRY_BYTES, release, ({ status, headers, body }) => {
        release(); // the waiters resume once this callback has run, and find what it stored
        if (status >= 500 && cached) {
          cached.retryAt = Date.now() + RETRY_MS;
          return send(req, res, cached, "STALE");
        }
        const entry = entryOf(req, key, generation, { status, headers, body });
        if (!entry) {
          // The address answers otherwise now (a redirect after a rename, say): the old copy goes.
          if (req.method === "GET" && status !== 304 && cached && entries.get(key) === cached) remove(key);
          return sendAsIs(res, status, headers, body);
        }
        store(key, entry);
        send(req, res, entry, "MISS");
      });
    },
  };
}

/**
 * A response as a cache entry, or null when it must not be shared: not a GET's 200, marked
 * private or without a shared lifetime, setting a cookie, too large, or already encoded (a
 * response Next.js proxied from elsewhere, passed on as it is).
 * `generation` is the public-data generation when rendering began: a write during the render
 * leaves the entry stale.
 */
function entryOf(req, key, generation, { status, headers, body }) {
  const maxAge = sharedMaxAge(headers);
  const shareable =
    req.method === "GET" &&
    status === 200 &&
    maxAge !== null &&
    body.length <= MAX_ENTRY_BYTES &&
    !headers["set-cookie"] &&
    !headers["content-encoding"];
  if (!shareable) return null;
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !SKIP_HEADERS.has(name)));
  return {
    key,
    status,
    headers: kept,
    body,
    compressible: body.length > 1024 && COMPRESSIBLE.test(String(kept["content-type"] ?? "")),
    encoded: {},
    generation,
    storedAt: Date.now(),
    expires: Date.now() + maxAge * 1000,
    retryAt: 0,
    size: body.length + 512,
  };
}

/** br if the client takes it, else gzip, else none (q=0 refusals respected). */
function preferredEncoding(acceptEncoding = "") {
  const accepted = new Map(
    acceptEncoding
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split(/;\s*q=/))
      .map(([name, q]) => [name.trim(), q === undefined ? 1 : Number(q)]),
  );
  for (const encoding of ["br", "gzip"]) if ((accepted.get(encoding) ?? 0) > 0) return encoding;
  return null;
}

/** '"abc"' -> '"abc-br"'; a weak ETag stays as it is (it does not promise the same bytes). */
function encodedEtag(etag, encoding) {
  const value = String(etag);
  return value.startsWith('"') && value.endsWith('"') ? `${value.slice(0, -1)}-${encoding}"` : value;
}

/** s-maxage (else a public max-age) of a response, in seconds; null when it must not be shared. */
function sharedMaxAge(headers) {
  const value = String(headers["cache-control"] ?? "").toLowerCase();
  if (!value || /private|no-store|no-cache/.test(value)) return null;
  const match = /s-maxage=(\d+)/.exec(value) ?? (/public/.test(value) ? /max-age=(\d+)/.exec(value) : null);
  return match && Number(match[1]) > 0 ? Number(match[1]) : null;
}

function sendAsIs(res, status, headers, body) {
  res.writeHead(status, collapseRepeatedHeaders(headers));
  res.end(body);
}

/**
 * Lets Next.js answer into memory instead of the socket: status, headers and body are collected
 * until it ends the response, then handed to `done`, which sends them (or a compressed copy).
 * A body that grows past `limit` (a large CSV export) is not a cache entry: `streaming` is called,
 * what was collected goes out, and the rest streams straight to the socket, with backpressure.
 */
function bufferResponse(res, next, req, limit, streaming, done) {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const chunks = [];
  let size = 0;
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
    chunks.push(buffer);
    size += buffer.length;
  };
  const restore = () => Object.assign(res, original);
  deferWriteHead(res);
  res.flushHeaders = () => {};
  res.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    const finished = [encoding, callback].find((argument) => typeof argument === "function");
    if (size > limit) {
      restore();
      streaming();
      return res.write(Buffer.concat(chunks.splice(0)), finished);
    }
    finished?.();
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    restore();
    done({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
    const finished = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    if (finished) res.once("finish", finished);
    return res;
  };
  return next(req, res);
}
