// The request pipeline: what every request goes through, in this order, before and around
// Next.js. Drawn and explained in server/README.md.
//
//   client address → request guards → HTTP cache → error pages → action errors → Next.js
//
// `npm start` and `npm run dev` both build it here (server/serve.mjs); in development the HTTP
// cache keeps nothing (an edited page shows at once) and the prerendered error pages do not exist.
import path from "node:path";
import { refuseUnreadableActions } from "./action-errors.mjs";
import { serverRenderedErrorPages } from "./error-pages.mjs";
import { createHttpCache } from "./http-cache.mjs";
import { limitRequestBody, refuseHiddenParameters, refuseUnexpectedMethod } from "./request-guards.mjs";

/**
 * @param {{ nextHandle: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>,
 *           buildDir: string, dev: boolean, trustProxy: boolean }} options
 */
export function createPipeline({ nextHandle, buildDir, dev, trustProxy }) {
  const errorPages = dev ? null : serverRenderedErrorPages(path.resolve(buildDir));
  const cache = createHttpCache({ store: !dev });
  // Innermost first: Next.js, then the layers that read what it answered.
  const withActionErrors = (req, res) => refuseUnreadableActions(req, res, nextHandle);
  const withErrorPages = errorPages ? (req, res) => errorPages(req, res, withActionErrors) : withActionErrors;

  return function handle(req, res) {
    // The client address for the sign-in rate limit (lib/auth/client-ip.ts) is the last
    // X-Forwarded-For hop. Behind a reverse proxy that appends the real client (TRUST_PROXY=true,
    // as in docker-compose) that header is kept; otherwise it is set to the connection's own
    // peer, so that a client cannot choose its address.
    if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    if (refuseUnexpectedMethod(req, res) || refuseHiddenParameters(req, res)) return;
    limitRequestBody(req, res, () =>
      cache.handle(req, res, withErrorPages).catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal server error\n");
      }),
    );
  };
}
