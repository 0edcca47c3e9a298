// @ts-check

import { createRequire } from "node:module";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy } from "./server/content-security-policy.mjs";

const require = createRequire(import.meta.url);

const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The Docker image is built from .next/standalone (see Dockerfile); locally the whole project is
  // there, and server/start.mjs serves the build in either case.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 for editors on admin-only pages.
    authInterrupts: true,
  },
  // Pages and data rendered at runtime are cached in this process's memory only, never written
  // into .next/ (a restarted server, or one pointed at another database, never serves another
  // run's pages; replicas keep no state outside PostgreSQL), and dropped on every public write in
  // any replica. See server/cache-handler.cjs.
  cacheHandler: require.resolve("./server/cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  // Public responses are compressed once, when server/http-cache.mjs stores them.
  compress: false,
  // Packages the server must load from node_modules rather than bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Files from public/ may be shared for an hour (Next.js would say max-age=0).
      { source: "/robots.txt", headers: [{ key: "Cache-Control", value: "public, max-age=3600" }] },
      // Every path but /admin and /login (whose policy, with a nonce, proxy.ts sets): /adminfoo and
      // /login-help are public 404s and get this one.
      {
        source: "/((?!admin(?:/|$)|login(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ frameAncestors: "'self'" }) }],
      },
    ];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
