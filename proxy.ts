import { NextResponse, type NextRequest } from "next/server";
import createIntlMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { isLocale, localePath, LOGIN_LOCALE_HEADER, type Locale } from "@/lib/i18n/locales";
import { boardHref, boardQuery, boardView, parseBoardFilters } from "@/lib/predictions/board-filters";
import { contentSecurityPolicy } from "@/server/content-security-policy.mjs";

// Runs before routing, for five jobs only. Access itself is checked again inside every admin
// page, server action and route handler (lib/auth/auth.ts); nothing relies on this file for security.
//
// 1. "/" (and "/fr") is the board, rendered by app/[locale]/board/[view]/page.tsx: a dynamic segment lets it
//    be generated on first request and cached (incremental static regeneration), where a page at
//    "/" would be prerendered by `next build`, which runs without a database. The view segment is
//    the canonical filter query (lib/predictions/board-filters.ts), so each filtered board is cached too.
// 5. Every other public address goes to its language's pages (next-intl, i18n/routing.ts): /x is
//    app/[locale]/x in English, /fr/x the same page in French; /en-CA/x and /fr-CA/x redirect there.
// 2. /admin and /login get a strict Content-Security-Policy with a per-request nonce (they are
//    rendered per request anyway) and may not be framed. /login?lang=fr-CA also passes its language
//    to the admin's root layout (LOGIN_LOCALE_HEADER), which cannot read a query.
// 3. Visitors to /admin without a session cookie go to /login, and come back after signing in.
// 4. A cross-origin POST (a form on another site aiming at a server action) is refused with a
//    clear 403 here; Next.js would refuse it too, but with a bare error.

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const BOARD_PATHS: Record<string, Locale | undefined> = { "/": "en-CA", "/fr": "fr-CA" };
const intl = createIntlMiddleware(routing);

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (request.method === "POST" && isCrossOrigin(request)) {
    return NextResponse.json({ error: "Cross-origin request refused: this form may only be sent from this site." }, { status: 403 });
  }

  const board = BOARD_PATHS[pathname];
  if (board) {
    // Filters live in the query string; a non-canonical one (empty fields from the filter form,
    // unknown values, another order) is redirected to its canonical form, so each distinct board
    // is cached once.
    // Next.js's own _rsc parameter (client navigations) is kept as it is: it must reach the page.
    const params = new URLSearchParams(request.nextUrl.searchParams);
    const rsc = params.get("_rsc");
    params.delete("_rsc");
    const filters = parseBoardFilters(params);
    if (params.toString() !== boardQuery(filters)) {
      return NextResponse.redirect(new URL(localePath(board, boardHref(filters)), request.url), 308);
    }
    // Relative to request.url (the origin Next.js itself uses), so the rewrite stays in-process
    // instead of being proxied over HTTP as a rewrite to another origin would be.
    const target = `/${board}/board/${encodeURIComponent(boardView(filters))}${rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`}`;
    return NextResponse.rewrite(new URL(target, request.url));
  }

  // next-intl knows French by its prefix, /fr, alone: /fr-CA/x would be an English page named
  // "fr-CA" (a 404). It goes to /fr/x, as next-intl sends /en-CA/x to /x.
  const frenchByName = /^\/fr-ca(?=\/|$)/i.exec(pathname);
  if (frenchByName) {
    return NextResponse.redirect(new URL(localePath("fr-CA", pathname.slice(frenchByName[0].length) || "/") + search, request.url), 307);
  }

  const admin = /^\/admin(\/|$)/.test(pathname);
  if (!admin && pathname !== "/login") return intl(request);

  if (admin) {
    const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name.startsWith(name)));
    if (!hasSession) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
  }

  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({ nonce, frameAncestors: "'none'" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const lang = request.nextUrl.searchParams.get("lang");
  if (!admin && isLocale(lang)) requestHeaders.set(LOGIN_LOCALE_HEADER, lang);
  else requestHeaders.delete(LOGIN_LOCALE_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

function isCrossOrigin(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (!origin) return false; // same-origin form posts and non-browser clients; Next.js checks again
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

// Everything but the API (language-neutral), Next.js's own files, the files of public/ and the icon.
export const config = { matcher: ["/((?!api/|_next/|robots\\.txt$|icon\\.svg$|favicon\\.ico$).*)"] };
