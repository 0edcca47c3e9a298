// /indicators/<slug>/metrics/<metric>/history/<n>: older pages of every value of a metric (page 1
// is the metric's page).
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/locales";
import { notFound, permanentRedirect } from "next/navigation";
import { metricHref } from "@/lib/metrics/links";
import { getMetricHistory, getMetricView } from "@/lib/metrics/progress";
import { indicatorFeeds, pageMetadata, siteFeeds } from "@/lib/http/seo";
import { notFoundUnlessRenamed } from "@/lib/predictions/slug-redirects";
import { isSlug } from "@/lib/validation/fields";
import { MetricPageView } from "../../metric-page-view";

export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string; metric: string; page: string }> };

const pageNumber = (value: string) => (/^[1-9]\d{0,5}$/.test(value) ? Number(value) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { slug, metric: metricSlug, page } = await params;
  const t = await getTranslations({ locale, namespace: "metrics.meta" });
  const metric = pageNumber(page) && isSlug(metricSlug) ? await getMetricView(slug, metricSlug) : null;
  if (!metric) return { title: t("pageNotFound") };
  const title = localized(metric, "title", locale).text;
  return pageMetadata({
    locale,
    title: t("historyTitle", { title, page }),
    description: t("historyDescription", { title }),
    path: metricHref(slug, metric.slug, pageNumber(page)!),
    feeds: [...indicatorFeeds(locale, slug, localized(metric.indicator, "title", locale).text), ...siteFeeds(locale)],
  });
}

export default async function MetricHistoryPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, metric: metricSlug, page: raw } = await params;
  const page = pageNumber(raw);
  if (!page || !isSlug(metricSlug)) notFound();
  if (page === 1) permanentRedirect(localePath(locale, metricHref(slug, metricSlug)));
  const metric = await getMetricView(slug, metricSlug);
  if (!metric) return notFoundUnlessRenamed("indicator", slug, `/metrics/${metricSlug}/history/${page}`);
  const history = await getMetricHistory(metric.id, page);
  if (page > history.pageCount) notFound();
  return <MetricPageView metric={metric} history={history} />;
}
