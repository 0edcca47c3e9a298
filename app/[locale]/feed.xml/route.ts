// /feed.xml and /fr/feed.xml: every status change, correction and retraction (RSS 2.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveFeed(request, { kind: "all" }, "rss", (await params).locale);
}
