// Server-rendered error pages.
//
// Pages rendered on first request and then cached (/indicators/<slug>, /predictions/<slug>, the
// board's pages) answer an unknown slug with notFound(), and a page that fails to render (the
// database down, say) with an error. For both, Next.js 16 sends HTML that is an empty shell
// (<html id="__next_error__">), the message existing only in the data its client script renders
// from (vercel/next.js#62228, #95613): blank without JavaScript, and to crawlers. The real pages
// are prerendered at build time: .next/server/app/_not-found.html (app/not-found.tsx, which Next.js
// itself sends for an address no route matches, in both languages) and en-CA/unavailable.html and
// fr-CA/unavailable.html (app/[locale]/unavailable: "temporarily unavailable", with the site's
// navigation and what to do, in the language of the address asked for).
// This sends them in place of the shell for every 404 and 5xx HTML document, keeping Next.js's
// headers; client navigations (RSC requests) keep their data. A GET that fails to render (the
// database is down, and the in-process cache in front has no earlier copy to serve) is temporarily
// unavailable: 503 with Retry-After, that page for a document, a JSON reason for a feed, badge or
// API response. It also tidies the headers of every GET (one Location, see deferred-head.mjs).
// Tested in tests/e2e/feeds.spec.ts (unknown slugs) and tests/e2e/faults.spec.ts (database down).
import { readFileSync } from "node:fs";
import path from "node:path";
import { collapseRepeatedHeaders, replaceResponse } from "./deferred-head.mjs";

export const RETRY_AFTER_SECONDS = 30;
const UNAVAILABLE = JSON.stringify({
  error: {
    status: 503,
    message: `Temporarily unavailable: the database cannot be reached and this server has no earlier copy to serve. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
  },
});

/** Wraps Next.js's request handler; `buildDir` is the .next directory. */
export function serverRenderedErrorPages(buildDir) {
  const pages = new Map();
  const page = (name) => {
    if (!pages.has(name)) pages.set(name, readFileSync(path.join(buildDir, "server", "app", `${name}.html`)));
    return pages.get(name);
  };
  // The 404 page speaks both languages; the 503 page is prerendered in each (app/[locale]/unavailable).
  const pageFor = (status, url) =>
    status === 404 ? "_not-found" : status === 503 ? `${/^\/fr(\/|\?|$)/.test(url) ? "fr-CA" : "en-CA"}/unavailable` : null;

  return function handle(req, res, next) {
    if (req.method !== "GET" && req.method !== "HEAD") return next(req, res);
    replaceResponse(res, () => {
      // Every GET, cached or not (signed-in editors, client navigations): one Location, not two.
      for (const [name, value] of Object.entries(collapseRepeatedHeaders(res.getHeaders()))) res.setHeader(name, value);
      if (req.headers.rsc !== undefined) return null; // a client navigation's data, not a document
      // Next.js's 500 is a render that threw; a route's own 503 (/api/health) says what it means.
      const failed = res.statusCode === 500;
      if (failed) {
        res.statusCode = 503;
        res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
        res.setHeader("Cache-Control", "no-store");
      }
      const html = /^text\/html/.test(String(res.getHeader("content-type") ?? ""));
      const name = html && !res.getHeader("content-encoding") ? pageFor(res.statusCode, req.url ?? "/") : null;
      if (!name && !failed) return null;
      return (callback) => {
        const body = name ? page(name) : Buffer.from(UNAVAILABLE);
        if (!name) res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.removeHeader("etag");
        res.removeHeader("content-encoding");
        res.setHeader("Content-Length", body.length);
        return res.end(req.method === "HEAD" ? undefined : body, callback);
      };
    });
    return next(req, res);
  };
}
