// The indicator's social-sharing image: its title, prediction and status, drawn by next/og, in the
// language of its address (/indicators/<slug>/opengraph-image, /fr/indicators/<slug>/opengraph-image).
import { ImageResponse } from "next/og";
import { ogCanvas } from "@/components/og-canvas";
import { STATUS_FILL } from "@/components/status-colors";
import { formatDate } from "@/lib/text/dates";
import { getDb } from "@/lib/db";
import { localized } from "@/lib/i18n/content";
import { DEFAULT_LOCALE, isLocale, WORDMARK } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { statusLabel } from "@/lib/rules/status";
import { isSlug } from "@/lib/validation/fields";

// No `alt` export: it would be one text, in one language. The indicator page names this image in
// its metadata, with its alt in the page's language (lib/http/seo.ts).
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

// next/og draws emoji with images it downloads from a CDN at render time, and fails the whole
// image when it cannot; titles are drawn without them (the page's og:title keeps them).
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3]|\p{Emoji_Modifier}/gu;
// Symbols that the bundled font draws itself (© ® ™ and arrows) stay.
const OWN_GLYPHS = /^[\u00A9\u00AE\u2122\u2190-\u2199]$/;
const drawable = (text: string) =>
  text
    .replace(EMOJI, (char) => (OWN_GLYPHS.test(char) ? char : ""))
    .replace(/\s+/g, " ")
    .trim();

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { slug, locale: segment } = await params;
  const locale = isLocale(segment) ? segment : DEFAULT_LOCALE;
  const t = translator(locale);
  const indicator = !isSlug(slug)
    ? null
    : await getDb().indicator.findUnique({
        where: { slug },
        select: { title: true, titleFr: true, status: true, statusSince: true, prediction: { select: { title: true, titleFr: true } } },
      });
  // A title whose French is pending is drawn in English (an image has no lang to mark it with).
  const title = drawable(indicator ? localized(indicator, "title", locale).text : t("feeds.image.indicatorNotFound"));
  return new ImageResponse(
    <div
      style={ogCanvas({
        justifyContent: "space-between",
        padding: 64,
        background: "#f8fafc",
        color: "#0f172a",
      })}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#334155" }}>
        {drawable(indicator ? localized(indicator.prediction, "title", locale).text : WORDMARK.join(""))}
      </div>
      <div style={{ display: "flex", fontSize: title.length > 60 ? 56 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      {indicator && (
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          <div
            style={{
              display: "flex",
              padding: "12px 28px",
              borderRadius: 999,
              background: STATUS_FILL[indicator.status],
              color: "#fff",
              fontSize: 40,
              fontWeight: 700,
            }}
          >
            {statusLabel(indicator.status, locale)}
          </div>
          <div style={{ display: "flex", fontSize: 32, color: "#334155" }}>
            {t("feeds.image.since", { date: formatDate(indicator.statusSince, "DAY", locale) })}
          </div>
        </div>
      )}
      <div style={{ display: "flex", fontSize: 28, color: "#0369a1", fontWeight: 700 }}>{t("feeds.image.footer")}</div>
    </div>,
    size,
  );
}
