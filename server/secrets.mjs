// AUTH_SECRET signs session cookies. Deployments set it (every replica the same); a local run
// without it gets one generated once and kept in .data/auth-secret, readable by its owner only.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "./database/database.mjs";

export async function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) {
    // The same rule as lib/env.ts, checked before serving rather than on every page.
    if (process.env.AUTH_SECRET.length < 32)
      throw Object.assign(new Error("AUTH_SECRET must have at least 32 characters (try: openssl rand -base64 32)."), { userFacing: true });
    return process.env.AUTH_SECRET;
  }
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, secret + "\n", { mode: 0o600 });
  } catch (error) {
    throw Object.assign(new Error(`AUTH_SECRET is not set and ${file} cannot be written (${error.code}). Set AUTH_SECRET.`), {
      userFacing: true,
    });
  }
  return secret;
}
