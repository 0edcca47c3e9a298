// /indicators/<slug>/changes/<id> (and /fr/…, which leads to the French pages): the permanent address of one entry of an indicator's history.
// Sends the reader to the page of the history that shows it now (older entries move to later
// pages as new ones arrive), at its anchor #change-<id>. Feeds and the API link to
// /indicators/<slug>#change-<id>; when that entry is not on the first page, the page sends the
// reader here (components/change-anchor-fallback.tsx).
import { historyHref } from "@/lib/status-changes/history";
import { findHistoryPage } from "@/lib/predictions/indicators";
import { DEFAULT_LOCALE, isLocale, localePath } from "@/lib/i18n/locales";
import { redirectRenamed } from "@/lib/predictions/slug-redirects";
import { parseId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string; id: string }> }) {
  const { locale: segment, slug, id } = await params;
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const changeId = parseId(id);
  const page = changeId !== null ? await findHistoryPage(slug, changeId) : null;
  if (page === null) {
    const moved = await redirectRenamed(request, "indicator", slug, locale);
    if (moved) return moved;
    // server/start.mjs sends its not-found page in place of this body (server/error-pages.mjs).
    return new Response("<!doctype html><title>Not found</title><p>No such entry in this indicator’s history.</p>", {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(null, {
    status: 307,
    headers: { Location: `${localePath(locale, historyHref(slug, page))}#change-${changeId}`, "Cache-Control": "no-store" },
  });
}
