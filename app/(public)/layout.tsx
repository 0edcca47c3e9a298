import type { Metadata } from "next";
import { SiteFrame } from "@/components/site-frame";
import { pageMetadata, SITE_FEEDS } from "@/lib/http/seo";

// Defaults for every public page: the site feeds and social metadata. Pages override them.
export const metadata: Metadata = pageMetadata({
  title: "Followthrough",
  description: "A public tracker of whether predicted policy follow-through actually happens, with evidence for every change.",
  path: "/",
  feeds: SITE_FEEDS,
});

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
