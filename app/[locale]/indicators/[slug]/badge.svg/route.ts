// /indicators/<slug>/badge.svg: the indicator's status as an embeddable SVG badge; in French at
// /fr/indicators/<slug>/badge.svg.
import { getBadge } from "@/lib/open-data/badge";
import { publicResponse, jsonError } from "@/lib/http/responses";
import { isLocale } from "@/lib/i18n/locales";
import { redirectRenamed } from "@/lib/predictions/slug-redirects";
import { isSlug } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return jsonError(404, "No such badge.");
  const badge = isSlug(slug) ? await getBadge(slug, locale) : null;
  if (!badge)
    return (
      (await redirectRenamed(request, "indicator", slug, locale)) ?? jsonError(404, `No indicator has the address “${slug.slice(0, 80)}”.`)
    );
  return publicResponse(badge, "image/svg+xml; charset=utf-8", {
    // The badge is embedded on other sites; it carries no script.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Resource-Policy": "cross-origin",
  });
}
