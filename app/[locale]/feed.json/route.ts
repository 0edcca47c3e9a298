// /feed.json and /fr/feed.json: every status change, correction and retraction (JSON Feed 1.1).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveFeed(request, { kind: "all" }, "json", (await params).locale);
}
