// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The Docker image runs the self-contained server from .next/standalone (see Dockerfile).
  // Locally, `npm start` uses `next start`, which does not work with standalone output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Packages the server must load from node_modules rather than bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
