// /indicators/<slug>/changes/<id> (and /fr/…, which leads to the French pages): the permanent address of one entry of an indicator's history.
// Sends the reader to where it is shown now, at its anchor #change-<id>: the indicator's own page
// while it is among the newest entries, then the page of the history that lists it (older entries
// move to later pages as new ones arrive). Links published as /indicators/<slug>#change-<id> reach
// here when the entry is no longer on that page (components/change-anchor-fallback.tsx).
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
  const shown = changeId !== null ? await findHistoryPage(slug, changeId) : null;
  if (shown === null) {
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
    headers: {
      Location: `${localePath(locale, "latest" in shown ? `/indicators/${slug}` : historyHref(slug, shown.page))}#change-${changeId}`,
      "Cache-Control": "no-store",
    },
  });
}
