// scripts/postinstall.mjs (skipNeedlessCacheSizeCheck) stops Next.js from JSON-encoding every
// rendered page's RSC payload to measure a size it uses only for fetch-cache entries. This holds
// the installed Next.js to that edit: it fails if the install skipped it, or if a new Next.js
// version changed the code the edit matches (then look again: the cost may be gone upstream).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const nextDir = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
const runtimes = path.join(nextDir, "dist/compiled/next-server");
const files = [
  ...readdirSync(runtimes)
    .filter((name) => /^app-(page|route)(-turbo)?\.runtime\.prod\.js$/.test(name))
    .map((name) => path.join(runtimes, name)),
  path.join(nextDir, "dist/server/lib/incremental-cache/index.js"),
];

describe("Next.js's incremental cache", () => {
  it.each(files.map((file) => [path.relative(nextDir, file), file]))("%s measures only fetch-cache entries", (_, file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/=\s*JSON\.stringify\((t|data)\)\.length;/);
    expect(source).toMatch(/fetchCache\s*\?\s*JSON\.stringify\((t|data)\)\.length\s*:\s*0/);
  });
});
