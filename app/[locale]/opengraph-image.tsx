// The site's default social-sharing image.
import { ImageResponse } from "next/og";
import { ogCanvas } from "@/components/og-canvas";

export const alt = "Followthrough: a public tracker of whether predicted policy follow-through happens";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function Image() {
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
        Follow<span style={{ color: "#38bdf8" }}>through</span>
      </div>
      <div style={{ display: "flex", fontSize: 40, color: "#cbd5e1" }}>
        Are governments doing what predictions depend on? Every benchmark, its status, and the evidence for every change.
      </div>
    </div>,
    size,
  );
}
