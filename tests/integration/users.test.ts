import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type pg from "pg";
import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { updateUser } from "@/lib/users";
import { bootstrapAdmin } from "../../scripts/lib/users.mjs";
import { withClient } from "../../prisma/seed.mjs";
import { makeUser, unique } from "./fixtures";

const run = promisify(execFile);
const db = getDb();

async function userCreate(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/user-create.mjs", ...args], { env: { ...process.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run user:create", () => {
  it("creates an account with an argon2id hash, then resets its password and role", async () => {
    const email = `${unique("cli")}@Example.org`;
    const created = await userCreate("--email", email, "--password", "first password!", "--role", "editor", "--name", "Cli Person");
    expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining("Created editor") });
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user).toMatchObject({ name: "Cli Person", role: "EDITOR", active: true, sessionVersion: 1 });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(user.passwordHash, "first password!")).toBe(true);

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const reset = await userCreate("--email", email, "--password", "second password!", "--role", "admin");
    expect(reset).toMatchObject({ code: 0, stdout: expect.stringContaining("Reset the password and role (admin)") });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ role: "ADMIN", active: true, sessionVersion: 2 });
    expect(await verify(after.passwordHash, "second password!")).toBe(true);
    expect(await db.auditLog.count({ where: { entityType: "user", entityId: String(user.id), userId: null } })).toBe(2);
  });

  it("refuses bad arguments with a message and exit code 2, writing nothing", async () => {
    const email = `${unique("bad")}@example.org`;
    const result = await userCreate("--email", email, "--password", "short", "--role", "owner");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--password must have at least 12 characters.");
    expect(result.stderr).toContain("--role must be admin or editor.");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    // An address the sign-in form would refuse (it sends the punycode form) is refused here too.
    const unusable = await userCreate("--email", "jean@café.fr", "--password", "long enough password", "--role", "editor");
    expect(unusable.code).toBe(2);
    expect(unusable.stderr).toContain("--email must be a valid email address");
  });
});

describe("first-run admin bootstrap", () => {
  it("creates an admin from ADMIN_EMAIL/ADMIN_PASSWORD only when there is none", async () => {
    const email = `${unique("boot")}@example.org`;
    const env = { ADMIN_EMAIL: email, ADMIN_PASSWORD: "bootstrap password" };
    const hadAdmin = (await db.user.count({ where: { role: "ADMIN", active: true } })) > 0;
    const created = await withClient(process.env.DATABASE_URL, (client: pg.Client) => bootstrapAdmin(client, env));
    if (hadAdmin) {
      expect(created).toBeNull();
    } else {
      expect(created).toBe(email);
      expect(await withClient(process.env.DATABASE_URL, (client: pg.Client) => bootstrapAdmin(client, { ...env, ADMIN_EMAIL: `x${email}` }))).toBeNull();
    }
    expect(await withClient(process.env.DATABASE_URL, (client: pg.Client) => bootstrapAdmin(client, {}))).toBeNull();
  });
});

describe("updating accounts", () => {
  it("deactivation ends sessions (bumps the session version) and is audited", async () => {
    const [admin, editor] = await Promise.all([makeUser("admin"), makeUser("editor")]);
    const after = await updateUser({ id: editor.id, version: editor.version, role: "EDITOR", active: false }, admin.id);
    expect(after.active).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).sessionVersion).toBe(editor.sessionVersion + 1);
    expect(await db.auditLog.count({ where: { action: "user.update", entityId: String(editor.id), userId: admin.id } })).toBe(1);
  });

  it("an admin cannot deactivate or demote themselves", async () => {
    const admin = await makeUser("admin");
    await expect(updateUser({ id: admin.id, version: admin.version, role: "EDITOR", active: true }, admin.id)).rejects.toThrow(RuleError);
    await expect(updateUser({ id: admin.id, version: admin.version, role: "ADMIN", active: false }, admin.id)).rejects.toThrow(RuleError);
  });
});
