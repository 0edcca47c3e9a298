// /predictions/<slug>/feed.xml: the status changes of one prediction's indicators (RSS 2.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return serveFeed(request, { kind: "prediction", slug: (await params).slug }, "rss");
}
