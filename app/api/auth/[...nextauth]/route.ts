// Auth.js's endpoints (/api/auth/session, /csrf, /callback/credentials, /signout …).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

// While PostgreSQL is unreachable a session cannot be checked (lib/auth/auth.ts): /api/auth/session then
// answers 503 instead of a session nobody verified, and neither renews nor clears the cookie.
async function answer(handler: (request: NextRequest) => Promise<Response>, request: NextRequest) {
  const response = await handler(request);
  if (!request.nextUrl.pathname.endsWith("/session") || !response.ok) return response;
  const session = (await response
    .clone()
    .json()
    .catch(() => null)) as { databaseUnavailable?: boolean } | null;
  if (!session?.databaseUnavailable) return response;
  return Response.json(
    { error: "The database is unreachable, so the session cannot be checked. Try again in a moment." },
    { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
  );
}

export const GET = (request: NextRequest) => answer(handlers.GET, request);
export const POST = (request: NextRequest) => answer(handlers.POST, request);
