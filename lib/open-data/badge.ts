import "server-only";
import { STATUS_FILL } from "@/components/status-colors";
import { getDb } from "@/lib/db";
import { withEtag } from "@/lib/http/responses";
import { escapeHtml } from "@/lib/text/markdown";
import { cachedPublicRead } from "@/lib/http/public-cache";
import { isOverdue, statusLabel } from "@/lib/rules/status";

// The embeddable status badge: "followthrough | In progress", the status as text on its colour
// ("In progress · overdue" once the target date has passed), with an accessible <title>. Widths
// are estimated from the text (11 px Verdana-like metrics).
const textWidth = (text: string) => Math.round([...text].length * 6.6 + 12);

async function buildBadge(slug: string) {
  const indicator = await getDb().indicator.findUnique({
    where: { slug },
    select: { title: true, status: true, targetOn: true, updatedAt: true },
  });
  if (!indicator) return null;
  const label = "followthrough";
  const overdue = isOverdue(indicator);
  const value = `${statusLabel(indicator.status)}${overdue ? " · overdue" : ""}`;
  const [left, right] = [textWidth(label), textWidth(value)];
  const title = escapeHtml(`${indicator.title}: ${value}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${left + right}" height="20" role="img" aria-label="${title}">
<title>${title}</title>
<rect width="${left}" height="20" fill="#334155"/>
<rect x="${left}" width="${right}" height="20" fill="${STATUS_FILL[indicator.status]}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${left / 2}" y="14">${label}</text>
<text x="${left + right / 2}" y="14">${escapeHtml(value)}</text>
</g>
</svg>
`;
  // Every write to the indicator (status changes and edits of its title) moves updatedAt; the day
  // after its target date, an open indicator becomes overdue without any write.
  const overdueSince = overdue ? new Date(indicator.targetOn!.getTime() + 24 * 60 * 60 * 1000) : new Date(0);
  return withEtag(svg, new Date(Math.max(indicator.updatedAt.getTime(), overdueSince.getTime())));
}

export const getBadge = cachedPublicRead("badge", buildBadge);
