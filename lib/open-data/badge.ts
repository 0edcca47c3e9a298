import "server-only";
import { getDb } from "@/lib/db";
import { withEtag } from "@/lib/http/responses";
import { cachedPublicRead } from "@/lib/http/public-cache";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { isOverdue } from "@/lib/rules/status";
import { badgeSvg } from "@/lib/open-data/badge-svg";

// An indicator's badge (lib/open-data/badge-svg.ts) in one language, with its validators.

async function buildBadge(slug: string, locale: Locale) {
  const indicator = await getDb().indicator.findUnique({
    where: { slug },
    select: { title: true, titleFr: true, status: true, targetOn: true, updatedAt: true },
  });
  if (!indicator) return null;
  const overdue = isOverdue(indicator);
  const svg = badgeSvg({ title: localized(indicator, "title", locale).text, status: indicator.status, overdue, locale });
  // Every write to the indicator (status changes and edits of its title) moves updatedAt; the day
  // after its target date, an open indicator becomes overdue without any write.
  const overdueSince = overdue ? new Date(indicator.targetOn!.getTime() + 24 * 60 * 60 * 1000) : new Date(0);
  return withEtag(svg, new Date(Math.max(indicator.updatedAt.getTime(), overdueSince.getTime())));
}

export const getBadge = cachedPublicRead("badge", buildBadge);
