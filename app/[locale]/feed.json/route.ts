// /feed.json: every status change, correction and retraction (JSON Feed 1.1).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFeed(request, { kind: "all" }, "json");
}
