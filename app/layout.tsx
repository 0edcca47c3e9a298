import type { Metadata, Viewport } from "next";
import "./globals.css";

// The root layout only passes its children through: each half of the site renders its own <html>,
// in its own language: the public pages in app/[locale]/layout.tsx (the language of the URL), the
// admin in app/(admin)/layout.tsx (the editor's own choice), and the pages no layout can render
// (app/not-found.tsx) in both languages at once.
export const metadata: Metadata = {
  title: { default: "Followthrough", template: "%s · Followthrough" },
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
