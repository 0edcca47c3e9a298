// /indicators/<slug>/metrics/<metric>: one metric of an indicator, its definition, chart and
// targets, and the newest page of every value it has had (older pages: history/<n>). Rendered on
// first request, then cached until a write revalidates it (see the indicator's page).
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/content";
import { metricHref } from "@/lib/metrics/links";
import { getMetricHistory, getMetricView } from "@/lib/metrics/progress";
import { indicatorFeeds, pageMetadata, siteFeeds } from "@/lib/http/seo";
import { describeObservation } from "@/lib/rules/metrics";
import { notFoundUnlessRenamed } from "@/lib/predictions/slug-redirects";
import { isSlug } from "@/lib/validation/fields";
import { MetricPageView } from "./metric-page-view";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; metric: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { slug, metric: metricSlug } = await params;
  const t = await getTranslations({ locale, namespace: "metrics.meta" });
  const metric = isSlug(metricSlug) ? await getMetricView(slug, metricSlug) : null;
  if (!metric) return { title: t("notFound") };
  const latest = metric.latest.DELIVERED ?? metric.latest.ALLOCATED ?? metric.latest.PLEDGED;
  const title = localized(metric, "title", locale).text;
  const indicatorTitle = localized(metric.indicator, "title", locale).text;
  const unit = { ...metric, unit: localized(metric, "unit", locale).text };
  return pageMetadata({
    locale,
    title: t("title", { title, indicator: indicatorTitle }),
    description: latest
      ? t("descriptionLatest", { title, latest: describeObservation(latest, unit, locale) })
      : t("description", { title }),
    path: metricHref(slug, metric.slug),
    feeds: [...indicatorFeeds(locale, slug, indicatorTitle), ...siteFeeds(locale)],
  });
}

export default async function MetricPage({ params }: Props) {
  await pageLocale(params);
  const { slug, metric: metricSlug } = await params;
  const metric = isSlug(metricSlug) ? await getMetricView(slug, metricSlug) : null;
  if (!metric) return notFoundUnlessRenamed("indicator", slug, `/metrics/${metricSlug}`);
  return <MetricPageView metric={metric} history={await getMetricHistory(metric.id, 1)} />;
}
