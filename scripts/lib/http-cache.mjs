// A small HTTP cache in front of Next.js's request handler, inside the app process: public GET
// responses (those Next.js marks public with s-maxage: pages, feeds, badges, the API) are kept in
// memory as ready-to-send bytes (compressed with brotli or gzip once, on first demand), and served
// without entering the framework, with
// 304s for matching If-None-Match / If-Modified-Since. Entries expire at their s-maxage or when
// the public-data generation changes (a write in any replica), and a stale entry is served when
// Next.js fails (stale-if-error: the database is down). Nothing else passes through it: requests
// with a session cookie, client navigations (RSC), and anything not public go straight to Next.js.
import { createRequire } from "node:module";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const { currentGeneration } = require("../../lib/cache-generation.cjs");

const MAX_BYTES = 32 * 1024 * 1024;
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const STALE_IF_ERROR_MS = 24 * 60 * 60 * 1000;
// Headers that make Next.js answer differently for the same URL (see its Vary header).
const VARYING = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
const SESSION = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
const SKIP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "vary", "x-nextjs-cache"]);

export function createHttpCache() {
  const entries = new Map();
  let bytes = 0;
  const stats = { hits: 0, misses: 0, stale: 0 };

  const cacheable = (req) =>
    (req.method === "GET" || req.method === "HEAD") &&
    !VARYING.some((name) => req.headers[name] !== undefined) &&
    !SESSION.test(req.headers.cookie ?? "");

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
    if (isNotModified(req, entry)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const encoding = entry.compressible ? preferredEncoding(req.headers["accept-encoding"]) : null;
    let body = entry.body;
    if (encoding) {
      if (!entry.encoded[encoding]) {
        entry.encoded[encoding] = ENCODERS[encoding](entry.body);
        entry.size += entry.encoded[encoding].length;
        bytes += entry.encoded[encoding].length;
      }
      body = entry.encoded[encoding];
      headers["Content-Encoding"] = encoding;
    }
    headers["Content-Length"] = body.length;
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** Wraps Next.js's request handler. */
  return {
    stats,
    handle(req, res, next) {
      if (!cacheable(req)) return next(req, res);
      const key = req.url;
      const entry = entries.get(key);
      const now = Date.now();
      if (entry && entry.generation === currentGeneration() && entry.expires > now) {
        stats.hits++;
        entries.delete(key); // most recently used last
        entries.set(key, entry);
        return send(req, res, entry, "HIT");
      }
      stats.misses++;
      const stale = entry && now - entry.expires < STALE_IF_ERROR_MS ? entry : null;
      if (entry && entry.generation !== currentGeneration()) remove(key);
      capture(req, res, next, (captured) => {
        if (captured.status >= 500 && stale) return { serveInstead: stale };
        const maxAge = sharedMaxAge(captured.headers);
        if (req.method !== "GET" || captured.status !== 200 || maxAge === null || captured.body.length > MAX_ENTRY_BYTES || captured.headers["set-cookie"]) return null;
        const headers = Object.fromEntries(Object.entries(captured.headers).filter(([name]) => !SKIP_HEADERS.has(name)));
        const compressible =
          captured.body.length > 1024 && /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json)|image\/svg\+xml)/.test(String(headers["content-type"] ?? ""));
        const fresh = {
          status: 200,
          headers,
          body: captured.body,
          compressible,
          encoded: {},
          etag: headers.etag,
          lastModified: headers["last-modified"],
          generation: captured.generation,
          expires: Date.now() + maxAge * 1000,
        };
        fresh.size = fresh.body.length + 512;
        store(key, fresh);
        return null;
      }, (stale) => {
        stats.stale++;
        send(req, res, stale, "STALE");
      });
    },
  };
}

const ENCODERS = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};

/** br if the client takes it, else gzip, else none (q=0 refusals respected). */
function preferredEncoding(acceptEncoding = "") {
  const accepted = new Map(
    acceptEncoding
      .toLowerCase()
      .split(",")
      .map((part) => part.trim().split(";q="))
      .map(([name, q]) => [name.trim(), q === undefined ? 1 : Number(q)]),
  );
  for (const encoding of ["br", "gzip"]) if ((accepted.get(encoding) ?? 0) > 0) return encoding;
  return null;
}

/** s-maxage (else max-age) of a public response, in seconds; null when it must not be shared. */
function sharedMaxAge(headers) {
  const value = String(headers["cache-control"] ?? "").toLowerCase();
  if (!value || /private|no-store|no-cache/.test(value)) return null;
  const match = /s-maxage=(\d+)/.exec(value) ?? (/public/.test(value) ? /max-age=(\d+)/.exec(value) : null);
  return match && Number(match[1]) > 0 ? Number(match[1]) : null;
}

function isNotModified(req, entry) {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    if (!entry.etag) return false;
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(entry.etag.replace(/^W\//, ""));
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  const modified = Date.parse(entry.lastModified ?? "");
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/**
 * Lets Next.js answer while keeping a copy of what it sends. Before the status line goes out,
 * `decide` may swap a server error for a stale copy (stale-if-error); after the response ends it
 * stores the copy if it is shareable.
 */
function capture(req, res, next, decide, serveStale) {
  const generation = currentGeneration();
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  const { write, end, writeHead } = res;
  let swapped = false;

  res.writeHead = function (status, ...rest) {
    if (status >= 500) {
      const outcome = decide({ status, headers: res.getHeaders(), body: Buffer.alloc(0), generation });
      if (outcome?.serveInstead) {
        swapped = true;
        res.write = () => true;
        res.end = () => res;
        res.writeHead = writeHead;
        serveStale(outcome.serveInstead);
        return res;
      }
    }
    return writeHead.call(this, status, ...rest);
  };
  const keep = (chunk, encoding) => {
    if (!chunk || tooLarge) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) tooLarge = true;
    else chunks.push(buffer);
  };
  res.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    if (typeof chunk !== "function") keep(chunk, encoding);
    const result = end.call(this, chunk, encoding, callback);
    if (!swapped && !tooLarge && res.statusCode < 500) {
      decide({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks), generation });
    }
    return result;
  };
  return next(req, res);
}
