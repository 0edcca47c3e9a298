import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type pg from "pg";
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDb } from "@/lib/db";
import { RuleError } from "@/lib/errors";
import { updateUser } from "@/lib/users/accounts";
import { bootstrapAdmin, upsertUser } from "../../server/users.mjs";
import { createTestDatabase } from "../support/test-database";
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

// On databases of its own: the shared one always holds an active admin by now, which would leave
// only the "nothing to do" branch to run. Each test arranges the accounts it needs.
describe("first-run admin bootstrap (ADMIN_EMAIL, ADMIN_PASSWORD)", () => {
  const databases: Awaited<ReturnType<typeof createTestDatabase>>[] = [];
  const fresh = async () => {
    const database = await createTestDatabase(inject("adminDatabaseUrl"), { label: "bootstrap" });
    databases.push(database);
    return database.url;
  };
  let shared: string;
  beforeAll(async () => {
    shared = await fresh();
  });
  afterAll(() => Promise.all(databases.map((database) => database.drop())));

  const bootstrap = (url: string, env: Record<string, string | undefined>) =>
    withClient(url, (client: pg.Client) => bootstrapAdmin(client, env));
  const query = (url: string, sql: string, params: unknown[] = []) =>
    withClient(url, async (client: pg.Client) => (await client.query(sql, params)).rows);
  const account = async (url: string, email: string) => (await query(url, "SELECT * FROM users WHERE email = $1", [email]))[0];
  const addUser = (url: string, role: "admin" | "editor", label: string) => {
    const email = `${unique(label)}@example.org`;
    return withClient(url, (client: pg.Client) => upsertUser(client, { email, password: `${label} password!!`, role, name: label })).then(
      () => email,
    );
  };
  const auditRows = (url: string) => query(url, "SELECT action, entity_id, user_id FROM audit_log WHERE entity_type = 'user' ORDER BY id");
  const usersState = "SELECT id, email, name, role, active, version, session_version, password_hash FROM users ORDER BY id";
  const deactivateAdmins = (url: string) =>
    query(url, "UPDATE users SET active = false, session_version = session_version + 1 WHERE role = 'ADMIN'");

  it("on the first run (no account at all), creates the admin: argon2id, active, audited", async () => {
    const url = await fresh();
    const email = `${unique("boot")}@example.org`;
    // Without both variables nothing happens, even on an empty database.
    expect(await bootstrap(url, { ADMIN_EMAIL: email })).toBeNull();
    expect(await bootstrap(url, { ADMIN_PASSWORD: "bootstrap password" })).toBeNull();
    expect(await query(url, "SELECT id FROM users")).toEqual([]);

    expect(await bootstrap(url, { ADMIN_EMAIL: email, ADMIN_PASSWORD: "bootstrap password", ADMIN_NAME: "Boot Admin" })).toBe(email);
    const admin = await account(url, email);
    expect(admin).toMatchObject({ name: "Boot Admin", role: "ADMIN", active: true });
    expect(admin.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verify(admin.password_hash, "bootstrap password")).toBe(true);
    expect(await auditRows(url)).toEqual([{ action: "user.create", entity_id: String(admin.id), user_id: null }]);
  });

  it("with an active admin present, does nothing, whatever the variables say", async () => {
    const present = await addUser(shared, "admin", "present");
    const users = await query(shared, usersState);
    const audits = await auditRows(shared);
    // Another email, or the same one with another password: neither is created nor reset.
    expect(await bootstrap(shared, { ADMIN_EMAIL: `${unique("other")}@example.org`, ADMIN_PASSWORD: "another password" })).toBeNull();
    expect(await bootstrap(shared, { ADMIN_EMAIL: present, ADMIN_PASSWORD: "a changed password" })).toBeNull();
    expect(await query(shared, usersState)).toEqual(users);
    expect(await auditRows(shared)).toEqual(audits);
  });

  it("with every admin deactivated, restores ADMIN_EMAIL's account: reactivated, admin, new password, its old sessions ended", async () => {
    const [first, second, editor] = [
      await addUser(shared, "admin", "first"),
      await addUser(shared, "admin", "second"),
      await addUser(shared, "editor", "editor"),
    ];
    await deactivateAdmins(shared);
    const before = await account(shared, first);

    // The address as typed in the environment may differ in case; the account is the same.
    expect(await bootstrap(shared, { ADMIN_EMAIL: first.toUpperCase(), ADMIN_PASSWORD: "the way back in" })).toBe(first.toUpperCase());
    const restored = await account(shared, first);
    expect(restored).toMatchObject({ id: before.id, role: "ADMIN", active: true, session_version: before.session_version + 1 });
    expect(await verify(restored.password_hash, "the way back in")).toBe(true);
    // Only that account: the other admin stays deactivated, the editor stays an editor.
    expect(await account(shared, second)).toMatchObject({ role: "ADMIN", active: false });
    expect(await account(shared, editor)).toMatchObject({ role: "EDITOR", active: true });
    expect((await auditRows(shared)).at(-1)).toEqual({ action: "user.update", entity_id: String(before.id), user_id: null });
    // With an active admin again, the next start leaves everything alone.
    expect(await bootstrap(shared, { ADMIN_EMAIL: first, ADMIN_PASSWORD: "yet another one" })).toBeNull();
    expect(await verify((await account(shared, first)).password_hash, "the way back in")).toBe(true);
  });

  it("with every admin deactivated, creates a new ADMIN_EMAIL beside them, or promotes the editor who has it", async () => {
    await addUser(shared, "admin", "gone");
    await deactivateAdmins(shared);
    const newcomer = `${unique("newcomer")}@example.org`;
    expect(await bootstrap(shared, { ADMIN_EMAIL: newcomer, ADMIN_PASSWORD: "newcomer password" })).toBe(newcomer);
    expect(await account(shared, newcomer)).toMatchObject({ role: "ADMIN", active: true });

    const editor = await account(shared, await addUser(shared, "editor", "promoted"));
    await deactivateAdmins(shared);
    expect(await bootstrap(shared, { ADMIN_EMAIL: editor.email, ADMIN_PASSWORD: "promoted password" })).toBe(editor.email);
    expect(await query(shared, "SELECT id FROM users WHERE role = 'ADMIN' AND active")).toEqual([{ id: editor.id }]);
  });

  it("refuses unusable variables with a message naming them, writing nothing", async () => {
    await addUser(shared, "admin", "idle");
    await deactivateAdmins(shared);
    const users = await query(shared, usersState);
    await expect(bootstrap(shared, { ADMIN_EMAIL: "not an email", ADMIN_PASSWORD: "short" })).rejects.toThrow(
      /^ADMIN_EMAIL\/ADMIN_PASSWORD: email must be a valid email address.*password must have at least 12 characters\.$/,
    );
    expect(await query(shared, usersState)).toEqual(users);
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
