// Server-rendered 404 pages for unknown slugs.
//
// Pages rendered on first request and then cached (/indicators/<slug>, /predictions/<slug>, the
// board's pages) answer an unknown slug with notFound(). Next.js 16 then sends a 404 whose HTML is
// an empty error shell (<html id="__next_error__">), the "Page not found" text existing only in
// the data its client script renders from (vercel/next.js#62228, #95613): blank without
// JavaScript, and to crawlers. An address no route matches gets the real page, prerendered at
// build time into .next/server/app/_not-found.html (app/not-found.tsx in the root layout). This
// sends that page for every 404 HTML document, keeping Next.js's status and headers. Client
// navigations (RSC requests) are left alone. Tested in tests/e2e/feeds.spec.ts (unknown slugs).
import { readFileSync } from "node:fs";
import path from "node:path";
import { deferWriteHead } from "./deferred-head.mjs";

/** Wraps Next.js's request handler; `buildDir` is the .next directory. */
export function serverRenderedNotFound(buildDir) {
  let page = null;
  const notFoundPage = () => (page ??= readFileSync(path.join(buildDir, "server", "app", "_not-found.html")));

  return function handle(req, res, next) {
    if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.rsc !== undefined) return next(req, res);
    const original = { write: res.write, end: res.end, writeHead: res.writeHead };
    const restore = () => Object.assign(res, original);
    // Until the first byte of the body, the status and headers are only recorded.
    deferWriteHead(res);
    let replacing = null; // decided at the first byte of the body
    const decide = () => {
      if (replacing !== null) return;
      const html = /^text\/html/.test(String(res.getHeader("content-type") ?? ""));
      replacing = res.statusCode === 404 && html && !res.getHeader("content-encoding");
      if (!replacing) restore();
    };
    res.write = function (chunk, encoding, callback) {
      decide();
      if (!replacing) return res.write(chunk, encoding, callback);
      [encoding, callback].find((argument) => typeof argument === "function")?.(); // dropped
      return true;
    };
    res.end = function (chunk, encoding, callback) {
      if (typeof chunk === "function") return res.end(undefined, undefined, chunk);
      decide();
      if (!replacing) return res.end(chunk, encoding, callback);
      restore();
      const body = notFoundPage();
      res.removeHeader("etag");
      res.setHeader("Content-Length", body.length);
      return res.end(req.method === "HEAD" ? undefined : body, callback);
    };
    return next(req, res);
  };
}
