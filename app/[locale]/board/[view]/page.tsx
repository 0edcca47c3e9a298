// The status board, served at "/". proxy.ts rewrites "/?<filters>" to /board/<view>, so that each
// filtered board is an incrementally regenerated page: rendered on the first request (not at build
// time, which has no database), then served from the cache until a write revalidates it or
// `revalidate` expires.
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { BoardFiltersForm } from "@/components/board-filters-form";
import { FeedLinks } from "@/components/feed-links";
import { IndicatorCard } from "@/components/indicator-card";
import { PredictionSection } from "@/components/prediction-section";
import { StatusCounts } from "@/components/status-counts";
import { getBoard } from "@/lib/predictions/board";
import { getCardProgress } from "@/lib/metrics/progress";
import { boardHref, parseBoardView } from "@/lib/predictions/board-filters";
import { formatMoment } from "@/lib/text/dates";
import { getPredictionTitle } from "@/lib/predictions/predictions";
import { pageMetadata, predictionFeeds, siteFeeds } from "@/lib/http/seo";
import { Section } from "@/components/section";
import { localized } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/locales";

// Writes revalidate at once, in every replica. This is the shared-cache lifetime (s-maxage) that
// nginx or a CDN in front honours, so a saved change reaches readers behind it within seconds.
export const revalidate = 10;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; view: string }> };

/** The filters of a view segment; null when it is not a canonical view (then: 404). */
async function filtersOf(params: Props["params"]) {
  const { view } = await params;
  try {
    return parseBoardView(decodeURIComponent(view));
  } catch {
    return null; // not valid percent-encoding
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const filters = await filtersOf(params);
  // Filtered to one prediction, the board offers that prediction's feed first.
  const prediction = filters?.prediction ? await getPredictionTitle(filters.prediction) : null;
  const t = await getTranslations({ locale, namespace: "board" });
  return {
    ...pageMetadata({
      locale,
      title: t("metaTitle"),
      description: t("metaDescription"),
      path: boardHref(filters ?? {}),
      feeds: [
        ...(prediction ? predictionFeeds(locale, prediction.slug, localized(prediction, "title", locale).text) : []),
        ...siteFeeds(locale),
      ],
    }),
    title: { absolute: t("metaTitle") },
  };
}

export default async function BoardPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("board");
  const filters = await filtersOf(params);
  if (!filters) notFound();
  const board = await getBoard(filters);
  if (board.page > board.pageCount) notFound();
  const progress = await getCardProgress(
    [...board.recent, ...board.predictions.flatMap((prediction) => prediction.indicators)].map((i) => i.id),
  );
  const filtered = Boolean(filters.prediction || filters.theme || filters.status || filters.overdue);

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("heading")}</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="freshness">
            {t.rich("freshness", {
              moment: formatMoment(board.generatedAt, locale),
              time: (chunks) => <time dateTime={board.generatedAt.toISOString()}>{chunks}</time>,
            })}
          </p>
          <FeedLinks
            feeds={[
              { href: localePath(locale, "/feed.xml"), label: t("feeds.rss") },
              { href: localePath(locale, "/feed.atom"), label: t("feeds.atom") },
              { href: localePath(locale, "/feed.json"), label: t("feeds.json") },
              { href: localePath(locale, "/data"), label: t("feeds.data") },
            ]}
          />
        </div>
        <StatusCounts counts={board.statusCounts} overdue={board.overdueCount} />
        <BoardFiltersForm
          filters={filters}
          predictions={board.allPredictions.map((p) => ({ slug: p.slug, title: localized(p, "title", locale).text }))}
          themes={board.themes.map((theme) => ({ slug: theme.slug, name: localized(theme, "theme", locale).text }))}
        />
        {filtered && (
          <p className="text-sm text-slate-700 dark:text-slate-300" role="status">
            {t("showing", { shown: board.shown, total: board.total })}
          </p>
        )}
      </div>
      {board.shown === 0 ? (
        <p>
          {filtered
            ? t.rich("noMatch", {
                link: (chunks) => (
                  <Link href="/" className="underline">
                    {chunks}
                  </Link>
                ),
              })
            : t("empty")}
        </p>
      ) : filters.order === "recent" ? (
        <Section id="recent" title={t("recentFirst")} className="flex flex-col gap-4" headingClassName="text-2xl font-bold tracking-tight">
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {board.recent.map((indicator) => (
              <li key={indicator.id} className="flex">
                <div className="min-w-0 flex-1">
                  <IndicatorCard
                    indicator={indicator}
                    context={localized(indicator.prediction, "title", locale)}
                    progress={progress.get(indicator.id)}
                  />
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ) : (
        board.predictions.map((prediction) => <PredictionSection key={prediction.id} prediction={prediction} progress={progress} />)
      )}
      {board.pageCount > 1 && (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-center gap-4 text-sm">
          {board.page > 1 && (
            <Link
              href={boardHref({ ...filters, page: board.page - 1 })}
              rel="prev"
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {t("previous")}
            </Link>
          )}
          <span>{t("pageOf", { page: board.page, pageCount: board.pageCount })}</span>
          {board.page < board.pageCount && (
            <Link
              href={boardHref({ ...filters, page: board.page + 1 })}
              rel="next"
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
