// The indicator's social-sharing image: its title, prediction and status, drawn by next/og.
import { ImageResponse } from "next/og";
import { ogCanvas } from "@/components/og-canvas";
import { STATUS_FILL } from "@/components/status-colors";
import { formatDate } from "@/lib/text/dates";
import { getDb } from "@/lib/db";
import { statusLabel } from "@/lib/rules/status";
import { isSlug } from "@/lib/validation/fields";

export const alt = "The indicator's current status on Followthrough";
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

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const indicator = !isSlug(slug)
    ? null
    : await getDb().indicator.findUnique({
        where: { slug },
        select: { title: true, status: true, statusSince: true, prediction: { select: { title: true } } },
      });
  const title = drawable(indicator?.title ?? "Indicator not found");
  return new ImageResponse(
    <div
      style={ogCanvas({
        justifyContent: "space-between",
        padding: 64,
        background: "#f8fafc",
        color: "#0f172a",
      })}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#334155" }}>{drawable(indicator?.prediction.title ?? "Followthrough")}</div>
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
            {statusLabel(indicator.status)}
          </div>
          <div style={{ display: "flex", fontSize: 32, color: "#334155" }}>since {formatDate(indicator.statusSince)}</div>
        </div>
      )}
      <div style={{ display: "flex", fontSize: 28, color: "#0369a1", fontWeight: 700 }}>
        Followthrough · tracking policy follow-through with evidence
      </div>
    </div>,
    size,
  );
}
