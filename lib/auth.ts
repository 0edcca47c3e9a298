import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/action-result";
import { clientIp } from "@/lib/client-ip";
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { checkLoginRateLimit, markLoginSucceeded, recordLoginAttempt } from "@/lib/rate-limit";
import { loginSchema } from "@/lib/validation/login";

// Auth.js v5 (next-auth@5): email + password against the users table, JWT sessions in an
// HttpOnly, SameSite=Lax cookie (Secure, with the __Secure- prefix, behind HTTPS). The JWT only
// says who signed in and with which session version; role and "active" are read from PostgreSQL
// on every request (getCurrentUser), so deactivating a user, changing their role or resetting
// their password takes effect on their next request.

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A forged or expired session cookie, or a wrong password, is the visitor's problem, not a
    // server error: one line (failed sign-ins are counted in login_attempts for the rate limit).
    error(error) {
      if (error.name === "JWTSessionError") console.warn(`[auth] ignored an invalid session cookie (${error.message})`);
      else if (error.name === "CredentialsSignin") console.warn("[auth] a sign-in was refused");
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
        if ((await checkLoginRateLimit(email, ip)).limited) throw new RateLimitedSignIn();

        const attempt = await recordLoginAttempt(email, ip);
        const user = await getDb().user.findUnique({ where: { email } });
        const valid = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !valid || !user.active) return null;
        await markLoginSucceeded(attempt);
        return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : undefined;
      return session;
    },
  },
});

export type Role = "editor" | "admin";
export type CurrentUser = { id: number; name: string; email: string; role: "ADMIN" | "EDITOR" };

/** The signed-in, active user of this request, or null. Checked against the database every time. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session?.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

export function hasRole(user: CurrentUser, role: Role) {
  return role === "editor" || user.role === "ADMIN";
}

/**
 * For admin pages: the current user, or a redirect to /login (and back to `path` afterwards), or
 * the 403 page when they lack the role.
 */
export async function requirePageUser(role: Role, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!hasRole(user, role)) forbidden();
  return user;
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
    return { denied: { ok: false, status: 503, message: DATABASE_UNAVAILABLE_MESSAGE } };
  }
  if (!user) {
    return { denied: { ok: false, status: 401, message: "You are not signed in, or your session has ended. Sign in again; nothing was saved." } };
  }
  if (!hasRole(user, role)) {
    return { denied: { ok: false, status: 403, message: "Your role does not allow this. Nothing was saved." } };
  }
  return { user };
}

/** A safe place to return to after signing in: a path inside /admin, never another site. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string") return "/admin";
  return /^\/admin(\/[^\s\\]*)?(\?[^\s\\]*)?$/.test(value) && !value.startsWith("//") ? value : "/admin";
}
