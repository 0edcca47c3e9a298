import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { forbidden, notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { databaseUnavailableMessage, isDatabaseUnavailable } from "@/lib/writes/action-result";
import { errorText } from "@/lib/i18n/localized";
import { clientIp } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db";
import { DatabaseUnavailableError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/passwords";
import { claimLoginAttempt, markLoginSucceeded } from "@/lib/auth/rate-limit";
import { createSession, findLiveSession, revokeSession, type SessionAccount } from "@/lib/auth/sessions";
import { parseId } from "@/lib/validation/fields";
import { loginSchema } from "@/lib/validation/login";

// Auth.js v5 (next-auth@5): email + password against the users table, JWT sessions in an
// HttpOnly, SameSite=Lax cookie (Secure, with the __Secure- prefix, behind HTTPS). The JWT says
// who signed in and names a server-side session (lib/auth/sessions.ts). The jwt callback, which runs
// for every auth() call and every /api/auth/session request, checks that session and its user in
// PostgreSQL: a revoked (signed out), expired or unknown session, or a deactivated user or one
// whose session version moved on (password reset), gets null, so Auth.js answers "no session",
// clears the cookie and never renews it. Role and name come from that same query.

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The checked account; absent when the session was refused. */
    account?: SessionAccount;
    /** The session could not be checked: PostgreSQL is unreachable. */
    databaseUnavailable?: true;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The server-side session's id (sessions.id). */
    sid?: string;
  }
}

// What the jwt callback found for a token, handed to the session callback that Auth.js calls next
// with the same token object; kept out of the token so that it is never written into the cookie.
const checked = new WeakMap<JWT, SessionAccount | "unavailable">();

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A forged or expired session cookie, or a wrong password, is the visitor's problem, not a
    // server error: one line (failed sign-ins are counted in login_attempts for the rate limit).
    // Matched on Auth.js's `type`: class names (error.name) are minified in the production build.
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (type === "JWTSessionError") console.warn(`[auth] ignored an invalid session cookie (${error.message})`);
      else if (type === "CredentialsSignin") console.warn("[auth] a sign-in was refused");
      else console.error(error);
    },
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        // Counted before the password is checked, one attempt at a time per email and address.
        const attempt = await claimLoginAttempt(email, ip);
        if (attempt.limited) throw new RateLimitedSignIn();
        const user = await getDb().user.findUnique({ where: { email } });
        const valid = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !valid || !user.active) return null;
        await markLoginSucceeded(attempt.attemptId);
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // Signing in: record the session this cookie will name.
        token.sid = await createSession(Number(user.id), user.sessionVersion ?? 1, SESSION_MAX_AGE_SECONDS);
        return token;
      }
      try {
        const account = await findLiveSession(token.sid, token.sub);
        if (!account) return null;
        checked.set(token, account);
      } catch (error) {
        // Unknown while PostgreSQL is down: neither accepted nor refused (getCurrentUser answers
        // "database unavailable", and /api/auth/session a 503 without touching the cookie).
        if (!isDatabaseUnavailable(error)) throw error;
        checked.set(token, "unavailable");
      }
      return token;
    },
    session({ session, token }) {
      const account = checked.get(token);
      session.user.id = token.sub ?? "";
      if (account === "unavailable") return { ...session, databaseUnavailable: true };
      return account ? { ...session, account } : session;
    },
  },
  events: {
    // Sign-out (the admin's button, or POST /api/auth/signout) revokes the session server-side.
    async signOut(message) {
      if ("token" in message) await revokeSession(message.token?.sid);
    },
  },
});

export type Role = "editor" | "admin";
export type CurrentUser = SessionAccount;

/**
 * The signed-in, active user of this request, or null. auth() checks the session against the
 * database (the jwt callback above), once per request thanks to cache().
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (session?.databaseUnavailable) throw new DatabaseUnavailableError("The session could not be checked: the database is unreachable.");
  return session?.account ?? null;
});

export function hasRole(user: CurrentUser, role: Role) {
  return role === "editor" || user.role === "ADMIN";
}

/**
 * For admin pages: the current user, or a redirect to /login (and back to `path` afterwards), or
 * the 403 page when they lack the role. The request's language (next-intl's, i18n/request.ts)
 * becomes the user's choice for the admin (users.locale).
 */
export async function requirePageUser(role: Role, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  setRequestLocale(user.locale);
  if (!hasRole(user, role)) forbidden();
  return user;
}

/**
 * An admin page about one record, its address `path` with the record's [id] in it: the signed-in
 * user (requirePageUser) and the record `find` gives for that id, else the 404 page (an id that is
 * not a number, or names nothing).
 */
export async function requirePageRecord<T>(
  params: Promise<{ id: string }>,
  role: Role,
  path: `${string}[id]${string}`,
  find: (id: number) => Promise<T | null>,
): Promise<{ user: CurrentUser; record: T }> {
  const { id: rawId } = await params;
  const user = await requirePageUser(
    role,
    path.replace("[id]", () => rawId),
  );
  const id = parseId(rawId);
  const record = id ? await find(id) : null;
  if (!record) notFound();
  return { user, record };
}

export type Unauthorized = { ok: false; status: 401 | 403 | 503; message: string };

/** For server actions and route handlers: the user, or the 401/403 (or 503) answer to return. */
export async function authorize(role: Role): Promise<{ user: CurrentUser } | { denied: Unauthorized }> {
  let user: CurrentUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    // Who is calling is checked against the database; when it is down, nothing can be saved.
    if (!isDatabaseUnavailable(error)) throw error;
    return { denied: { ok: false, status: 503, message: databaseUnavailableMessage() } };
  }
  if (!user) {
    return { denied: { ok: false, status: 401, message: errorText("notSignedIn") } };
  }
  if (!hasRole(user, role)) {
    return { denied: { ok: false, status: 403, message: errorText("forbidden") } };
  }
  return { user };
}

/** A safe place to return to after signing in: a path inside /admin, never another site. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string") return "/admin";
  return /^\/admin(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(value) && !value.startsWith("//") ? value : "/admin";
}
