// /indicators/<slug>: the indicator, its measured progress and the newest page of its history. Rendered on first request,
// then cached until a write revalidates it (see the board's page).
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/content";
import { formatDate } from "@/lib/text/dates";
import { getPublicIndicator } from "@/lib/predictions/indicators";
import { getIndicatorMetricsBySlug } from "@/lib/metrics/progress";
import { indicatorFeeds, indicatorImage, pageMetadata, siteFeeds } from "@/lib/http/seo";
import { notFoundUnlessRenamed } from "@/lib/predictions/slug-redirects";
import { statusLabel } from "@/lib/rules/status";
import { IndicatorView } from "./indicator-view";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: "indicator" });
  const indicator = await getPublicIndicator((await params).slug);
  if (!indicator) return { title: t("notFound") };
  const title = localized(indicator, "title", locale).text;
  const status = statusLabel(indicator.status, locale);
  return pageMetadata({
    locale,
    title: t("metaTitle", { title, status }),
    description: t("metaDescription", {
      status,
      date: formatDate(indicator.statusSince, "DAY", locale),
      prediction: localized(indicator.prediction, "title", locale).text,
    }),
    path: `/indicators/${indicator.slug}`,
    feeds: [...indicatorFeeds(locale, indicator.slug, title), ...siteFeeds(locale)],
    image: indicatorImage(locale, indicator.slug), // opengraph-image.tsx beside this page draws its status
  });
}

export default async function IndicatorPage({ params }: Props) {
  await pageLocale(params);
  const { slug } = await params;
  const [indicator, metrics] = await Promise.all([getPublicIndicator(slug), getIndicatorMetricsBySlug(slug)]);
  if (!indicator) return notFoundUnlessRenamed("indicator", slug);
  return <IndicatorView indicator={indicator} metrics={metrics} />;
}
