// /feed.atom and /fr/feed.atom: every status change, correction and retraction (Atom 1.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveFeed(request, { kind: "all" }, "atom", (await params).locale);
}
