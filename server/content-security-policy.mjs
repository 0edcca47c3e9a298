// The Content-Security-Policy, shared by next.config.js (public pages) and proxy.ts (admin).
// Public pages are cached and identical for everyone, so they cannot carry a per-request nonce:
// their policy allows Next.js's inline bootstrap scripts ('unsafe-inline') and nothing from other
// origins. /admin and /login are rendered per request and get a nonce with 'strict-dynamic'.

/**
 * @param {{ nonce?: string, frameAncestors: string }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, frameAncestors }) {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}
