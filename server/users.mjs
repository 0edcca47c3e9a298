// Creating accounts outside the app: `npm run user:create` and the first-run admin bootstrap.
// Same hashing (argon2id, @node-rs/argon2 defaults) and audit trail as the app's own writes.
import { hash } from "@node-rs/argon2";
import { z } from "zod";

export const ROLES = { admin: "ADMIN", editor: "EDITOR" };
// The sign-in form's rule (lib/validation/login.ts), so that every account made here can sign in.
const EMAIL = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Returns a list of problems with the input (empty when it is valid). */
export function validateUserInput({ email, password, role }) {
  const problems = [];
  if (!EMAIL.safeParse(email ?? "").success) problems.push("--email must be a valid email address (as the sign-in form accepts it).");
  if (!password || password.length < 12) problems.push("--password must have at least 12 characters.");
  else if (password.length > 200) problems.push("--password must have at most 200 characters.");
  if (!ROLES[role]) problems.push("--role must be admin or editor.");
  return problems;
}

/**
 * Creates the user, or resets the password and role of an existing one (which also reactivates
 * the account and ends its sessions). One transaction, with its audit row.
 * @returns {Promise<"created" | "updated">}
 */
export async function upsertUser(client, { email, password, role, name }) {
  const normalized = email.trim().toLowerCase();
  const passwordHash = await hash(password);
  await client.query("BEGIN");
  try {
    const existing = await client.query("SELECT id, email, name, role, active FROM users WHERE email = $1 FOR UPDATE", [normalized]);
    let outcome;
    if (existing.rowCount) {
      const before = existing.rows[0];
      const { rows } = await client.query(
        `UPDATE users SET password_hash = $2, role = $3, active = true, session_version = session_version + 1,
                version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING id, email, name, role, active`,
        [before.id, passwordHash, ROLES[role]],
      );
      await audit(client, "user.update", before.id, { ...before, password: "unchanged" }, { ...rows[0], password: "reset" });
      outcome = "updated";
    } else {
      const { rows } = await client.query(
        `INSERT INTO users (email, name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id, email, name, role, active`,
        [normalized, name?.trim() || normalized.split("@")[0], passwordHash, ROLES[role]],
      );
      await audit(client, "user.create", rows[0].id, null, rows[0]);
      outcome = "created";
    }
    await client.query("COMMIT");
    return outcome;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * First run, or a way back in: with ADMIN_EMAIL and ADMIN_PASSWORD set and no active admin,
 * creates that admin (or resets and reactivates the account).
 * @param {import("pg").Client} client
 * @param {Record<string, string | undefined>} [env]
 * @returns {Promise<string | null>} the email of the admin created, if any
 */
export async function bootstrapAdmin(client, env = process.env) {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return null;
  const { rows } = await client.query("SELECT 1 FROM users WHERE role = 'ADMIN' AND active LIMIT 1");
  if (rows.length) return null;
  const input = { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: "admin", name: env.ADMIN_NAME };
  const problems = validateUserInput(input);
  if (problems.length)
    throw Object.assign(new Error(`ADMIN_EMAIL/ADMIN_PASSWORD: ${problems.join(" ").replaceAll("--", "")}`), { userFacing: true });
  await upsertUser(client, input);
  return input.email;
}

function audit(client, action, entityId, before, after) {
  return client.query(
    `INSERT INTO audit_log (user_id, action, entity_type, entity_id, before, after) VALUES (NULL, $1, 'user', $2, $3, $4)`,
    [action, String(entityId), before && JSON.stringify(before), after && JSON.stringify(after)],
  );
}
