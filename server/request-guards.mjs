// The first layer in front of Next.js (server/start.mjs): requests are checked here before any
// framework code reads them, because some of what Next.js and React do with a request happens
// before any of our code runs (a server action's body is decoded before the action is called).
//  - Bodies are limited while they are read, whatever their framing (Content-Length or chunked):
//    a body arrives whole, at most MAX_BODY_BYTES, before Next.js sees the request; a larger one
//    gets 413 and its bytes are dropped as they come, so memory stays flat.
//  - Methods: each address takes the methods it has a use for; others get 405 with Allow.
//  - A query parameter named "__proto__" gets 400: Next.js drops it when it turns the query into
//    an object, so the routes, which refuse unknown parameters, would never see it.
// Tested in tests/e2e/hostile-requests.spec.ts.
import { contentSecurityPolicy } from "./content-security-policy.mjs";

export const MAX_BODY_BYTES = 1024 * 1024;

// Server actions (the admin's and the sign-in form's) and Auth.js take POST; nothing public does.
const TAKES_POST = /^\/(?:admin|login)(?:\/|$)|^\/api\/auth\//;
// Route handlers answer OPTIONS themselves (CORS preflight for the open-data API and feeds).
const ANSWERS_OPTIONS = /^\/api\/v1\/|\/feed\.(?:xml|atom|json)$|\/badge\.svg$/;

function sendError(res, status, message, headers = {}) {
  const body = JSON.stringify({ error: { status, message } });
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": contentSecurityPolicy({ frameAncestors: "'none'" }),
    ...headers,
  });
  res.end(body);
}

/** The methods an address takes, for Allow. */
export function allowedMethods(pathname) {
  return TAKES_POST.test(pathname) ? ["GET", "HEAD", "POST"] : ["GET", "HEAD", "OPTIONS"];
}

/** Answers methods the address has no use for (405, or 204 to a plain OPTIONS); true when it did. */
export function refuseUnexpectedMethod(req, res) {
  const pathname = (req.url ?? "/").split("?")[0];
  const allowed = allowedMethods(pathname);
  if (req.method === "OPTIONS" && allowed.includes("OPTIONS")) {
    if (ANSWERS_OPTIONS.test(pathname)) return false;
    res.writeHead(204, { Allow: allowed.join(", "), "Cache-Control": "no-store" });
    res.end();
    return true;
  }
  if (allowed.includes(req.method)) return false;
  sendError(res, 405, `The method ${String(req.method).slice(0, 20)} is not allowed here. Allowed: ${allowed.join(", ")}.`, {
    Allow: allowed.join(", "),
  });
  req.resume();
  return true;
}

const LINGER_MS = 2000;

/**
 * After an early answer, the client may still be sending its body: closing the connection at once
 * would reset it, and the client might never read the answer. Like nginx's lingering_close, the
 * connection is half-closed, what still comes is read and dropped, for at most LINGER_MS.
 */
function lingerBeforeClosing(socket) {
  socket.destroySoon = function () {
    this.end();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once("close", () => clearTimeout(timer));
  };
}

/** Answers 400 to a query that names "__proto__"; true when it did. */
export function refuseHiddenParameters(req, res) {
  const query = (req.url ?? "").split("?")[1];
  if (!query || !/__proto__/i.test(query)) return false;
  const names = [...new URLSearchParams(query).keys()];
  if (!names.includes("__proto__")) return false;
  sendError(res, 400, "Unknown parameter “__proto__”: no address here takes it.");
  req.resume();
  return true;
}

/**
 * Calls `next()` once the request's body has arrived whole (at once when it has none), or
 * answers 413 as soon as it passes `limit` bytes. The body is held back from the request stream
 * (its parser pushes chunks, which are collected here) and handed on at the end, so no framework
 * code ever reads a byte of a body that is too large.
 */
export function limitRequestBody(req, res, next, limit = MAX_BODY_BYTES) {
  const declared = req.headers["content-length"];
  const framed = req.headers["transfer-encoding"] !== undefined;
  if (!framed && (declared === undefined || declared === "0")) return next();
  const tooLarge = () => {
    lingerBeforeClosing(req.socket);
    sendError(res, 413, `Request body too large: at most ${limit / 1024 / 1024} MiB. Nothing was read or saved.`, { Connection: "close" });
  };
  if (Number(declared) > limit) {
    tooLarge();
    req.resume(); // drop what comes; the connection closes after the answer
    return;
  }
  const push = req.push;
  const chunks = [];
  let size = 0;
  let over = false;
  req.push = function (chunk, encoding) {
    if (chunk === null) {
      if (over) return false;
      req.push = push;
      for (const held of chunks) push.call(req, held);
      push.call(req, null);
      next();
      return false;
    }
    if (over) return true;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
    size += buffer.length;
    if (size > limit) {
      over = true;
      chunks.length = 0;
      tooLarge();
      return true;
    }
    chunks.push(buffer);
    return true;
  };
}
