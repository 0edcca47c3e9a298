import type { CSSProperties } from "react";

/** The canvas a social-sharing image (next/og) is drawn on: the whole image, its blocks in a column, then `style`. */
export const ogCanvas = (style: CSSProperties): CSSProperties => ({
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  ...style,
});
