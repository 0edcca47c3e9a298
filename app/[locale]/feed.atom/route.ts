// /feed.atom: every status change, correction and retraction (Atom 1.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFeed(request, { kind: "all" }, "atom");
}
