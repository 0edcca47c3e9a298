// /indicators/<slug>/feed.xml: one indicator's status changes (RSS 2.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return serveFeed(request, { kind: "indicator", slug: (await params).slug }, "rss");
}
