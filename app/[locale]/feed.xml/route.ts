// /feed.xml: every status change, correction and retraction (RSS 2.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveFeed(request, { kind: "all" }, "rss");
}
