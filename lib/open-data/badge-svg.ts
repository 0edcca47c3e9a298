// The embeddable status badge: "followthrough | In progress", the status as text on its colour
// ("In progress · overdue" once the target date has passed), with an accessible <title>, in the
// language of its address (/fr/indicators/<slug>/badge.svg: "Pas encore évalué · en retard",
// declared with lang). Every text is escaped. Pure; tested in lib/open-data/badge-svg.test.ts.
import { STATUS_FILL } from "@/components/status-colors";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { statusLabel, type Status } from "@/lib/rules/status";
import { escapeHtml } from "@/lib/text/markdown";

/**
 * A text's width at 11 px in the badge's fonts, estimated from its length with room to spare:
 * 6.6 px a character and 12 px of padding. The longest value, "Partiellement atteint · en
 * retard", measures 175 px in DejaVu Sans and gets 230 px; the shortest, "Atteint", 37 px in 58.
 */
export const textWidth = (text: string) => Math.round([...text].length * 6.6 + 12);

type BadgeInput = { title: string; status: Status; overdue: boolean; locale: Locale };

/** The badge's SVG. Every text escaped: titles are an editor's. */
export function badgeSvg({ title, status, overdue, locale }: BadgeInput): string {
  const t = translator(locale);
  const label = "followthrough";
  const value = overdue ? t("feeds.badge.overdue", { status: statusLabel(status, locale) }) : statusLabel(status, locale);
  const [left, right] = [textWidth(label), textWidth(value)];
  const name = escapeHtml(t("feeds.badge.title", { title, value }));
  return `<svg xmlns="http://www.w3.org/2000/svg" lang="${locale}" width="${left + right}" height="20" role="img" aria-label="${name}">
<title>${name}</title>
<rect width="${left}" height="20" fill="#334155"/>
<rect x="${left}" width="${right}" height="20" fill="${STATUS_FILL[status]}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${left / 2}" y="14">${label}</text>
<text x="${left + right / 2}" y="14">${escapeHtml(value)}</text>
</g>
</svg>
`;
}
