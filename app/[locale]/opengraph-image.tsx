// The site's default social-sharing image, in the language of its address (/opengraph-image, /fr/opengraph-image).
import { ImageResponse } from "next/og";
import { ogCanvas } from "@/components/og-canvas";
import { WORDMARK, DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// No `alt` export: it would be one text, in one language. Every public page names this image in
// its own metadata, with its alt in the page's language (lib/http/seo.ts).
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = translator(isLocale(locale) ? locale : DEFAULT_LOCALE);
  return new ImageResponse(
    <div
      style={ogCanvas({
        justifyContent: "center",
        gap: 32,
        padding: 80,
        background: "#0f172a",
        color: "#f8fafc",
      })}
    >
      <div style={{ display: "flex", fontSize: 96, fontWeight: 700 }}>
        {WORDMARK[0]}
        <span style={{ color: "#38bdf8" }}>{WORDMARK[1]}</span>
      </div>
      <div style={{ display: "flex", fontSize: 40, color: "#cbd5e1" }}>{t("feeds.image.siteTagline")}</div>
    </div>,
    size,
  );
}
