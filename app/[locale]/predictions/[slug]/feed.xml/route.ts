// /predictions/<slug>/feed.xml (and /fr/…): the status changes of one prediction's indicators (RSS 2.0).
import { serveFeed } from "@/lib/feeds/route";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return serveFeed(request, { kind: "prediction", slug }, "rss", locale);
}
