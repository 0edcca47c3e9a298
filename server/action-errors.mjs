// Server actions are POSTs whose body Next.js decodes itself (a multipart form, or JSON text) before
// any action runs. A body it cannot decode (malformed JSON, a truncated form, or more than its
// 1 MiB limit when no Content-Length said so up front) makes it throw, and answer 500 with an
// error digest. Those are the client's mistakes: this answers 400 with the reason instead. The
// actions themselves never answer 500: they catch every error and return a result the form shows
// (lib/writes/action-result.ts). Tested in tests/e2e/bad-input.spec.ts.
import { replaceResponse } from "./deferred-head.mjs";

const BODY = JSON.stringify({
  error: {
    status: 400,
    message: "This request could not be read: its body is not a well-formed form submission, or it is larger than 1 MiB.",
  },
});

/** Wraps Next.js's request handler. */
export function refuseUnreadableActions(req, res, next) {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return next(req, res);
  replaceResponse(res, () => {
    if (res.statusCode < 500) return null;
    return (callback) => {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 400;
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("Content-Length", Buffer.byteLength(BODY));
      return res.end(BODY, callback);
    };
  });
  return next(req, res);
}
