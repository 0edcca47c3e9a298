import { NextResponse, type NextRequest } from "next/server";

// The board lives at "/" but is rendered by app/(public)/board/[view]/page.tsx: a dynamic segment
// lets it be generated on first request and cached (incremental static regeneration), where a page
// at "/" would be prerendered by `next build`, which runs without a database.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = "/board/all";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/" };
