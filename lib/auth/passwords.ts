import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum recommendation).
// scripts/user-create.mjs hashes with the same library and defaults.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A real hash of a random string: verifying against it when the email is unknown costs the same
// time as a real check, so response times do not reveal which accounts exist.
const decoyHash = "$argon2id$v=19$m=19456,t=2,p=1$0LwRIXvND61VWpdUDhHMow$XdUH7/z2WHZDBhkbY2NjhVrnIaCJxR9S/nBrz3V20Sk";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? decoyHash, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}
