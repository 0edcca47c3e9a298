import "server-only";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSlug } from "@/lib/validation/fields";
import { DEFAULT_LOCALE, isLocale, localePath, type Locale } from "@/lib/i18n/locales";

// When an editor renames an indicator or a prediction, its old address keeps working: pages
// redirect to the new one, and so do its feeds, badge and entry addresses. The redirects are
// temporary (307) and not cached by browsers: a rename can be undone, and a browser holding a
// permanent A -> B would loop once B -> A.

export type SlugKind = "indicator" | "prediction";

/** In the transaction of a rename: the old slug now leads to this record; the new one is its own. */
export async function recordRename(tx: Prisma.TransactionClient, kind: SlugKind, from: string, to: string, targetId: number) {
  if (from === to) return;
  await tx.slugRedirect.deleteMany({ where: { kind, slug: to } });
  await tx.slugRedirect.upsert({
    where: { kind_slug: { kind, slug: from } },
    create: { kind, slug: from, targetId },
    update: { targetId },
  });
}

/** The current slug of what was once at `slug`, or null when nothing was. */
export async function renamedTo(kind: SlugKind, slug: string): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const db = getDb();
  const redirect = await db.slugRedirect.findUnique({ where: { kind_slug: { kind, slug } } });
  if (!redirect) return null;
  const target =
    kind === "indicator"
      ? await db.indicator.findUnique({ where: { id: redirect.targetId }, select: { slug: true } })
      : await db.prediction.findUnique({ where: { id: redirect.targetId }, select: { slug: true } });
  return target?.slug ?? null;
}

const pageLanguage = async () => {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
};

/**
 * For a page that found no record at `slug`: a redirect to the page at the record's current slug
 * (`rest` is what follows the slug in the address), else the 404 page.
 */
export async function notFoundUnlessRenamed(kind: SlugKind, slug: string, rest = ""): Promise<never> {
  const current = await renamedTo(kind, slug);
  // In the page's language: /fr/indicators/old leads to /fr/indicators/new.
  if (current) redirect(localePath(await pageLanguage(), `/${kind}s/${current}${rest}`));
  notFound();
}

/**
 * For a route handler that found no record at `slug`: a redirect to the same route under the
 * record's current slug, in the route's language (/fr/indicators/old/feed.xml leads to
 * /fr/indicators/new/feed.xml), or null.
 */
export async function redirectRenamed(
  request: Request,
  kind: SlugKind,
  slug: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Response | null> {
  const current = await renamedTo(kind, slug);
  if (!current) return null;
  // The path as the route sees it may carry a language prefix (/fr/…, or next-intl's /fr-CA/…);
  // what follows the slug is kept. (renamedTo found the slug, so it is a plain slug: safe in a pattern.)
  const url = new URL(request.url);
  const match = new RegExp(`/${kind}s/${slug}(/.*)?$`).exec(url.pathname);
  if (!match) return null;
  return new Response(null, {
    status: 307,
    headers: { Location: `${localePath(locale, `/${kind}s/${current}${match[1] ?? ""}`)}${url.search}`, "Cache-Control": "no-store" },
  });
}
