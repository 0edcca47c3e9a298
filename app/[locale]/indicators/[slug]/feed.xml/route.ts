// /indicators/<slug>/feed.xml (and /fr/…): one indicator's status changes (RSS 2.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return serveFeed(request, { kind: "indicator", slug }, "rss", locale);
}
