// /indicators/<slug>/history/<n>: an indicator's whole history, HISTORY_PAGE_SIZE entries a page, newest
// first (the indicator's own page shows only the newest few).
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/content";
import { notFound } from "next/navigation";
import { getPublicIndicator } from "@/lib/predictions/indicators";
import { indicatorFeeds, pageMetadata, siteFeeds } from "@/lib/http/seo";
import { notFoundUnlessRenamed } from "@/lib/predictions/slug-redirects";
import { IndicatorView } from "../../indicator-view";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; page: string }> };

function pageNumber(value: string) {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { slug, page } = await params;
  const t = await getTranslations({ locale, namespace: "indicator" });
  const indicator = pageNumber(page) ? await getPublicIndicator(slug, pageNumber(page)!) : null;
  if (!indicator) return { title: t("pageNotFound") };
  const title = localized(indicator, "title", locale).text;
  return pageMetadata({
    locale,
    title: t("historyMetaTitle", { title, page }),
    description: t("historyMetaDescription", { title }),
    path: `/indicators/${slug}/history/${page}`,
    feeds: [...indicatorFeeds(locale, slug, title), ...siteFeeds(locale)],
  });
}

export default async function IndicatorHistoryPage({ params }: Props) {
  await pageLocale(params);
  const { slug, page: raw } = await params;
  const page = pageNumber(raw);
  if (!page) notFound();
  const indicator = await getPublicIndicator(slug, page);
  if (!indicator) return notFoundUnlessRenamed("indicator", slug, `/history/${page}`);
  if (page > indicator.pageCount) notFound();
  return <IndicatorView indicator={indicator} />;
}
