// The status board, served at "/". proxy.ts rewrites "/?<filters>" to /board/<view>, so that each
// filtered board is an incrementally regenerated page: rendered on the first request (not at build
// time, which has no database), then served from the cache until a write revalidates it or
// `revalidate` expires.
import { metadataLocale, pageLocale } from "@/lib/i18n/page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
  return {
    ...pageMetadata({
      locale,
      title: "Followthrough: status board",
      description:
        "Are governments doing what predictions depend on? Every tracked benchmark, its status, and the evidence for every change.",
      path: boardHref(filters ?? {}),
      feeds: [...(prediction ? predictionFeeds(locale, prediction.slug, prediction.title) : []), ...siteFeeds(locale)],
    }),
    title: { absolute: "Followthrough: status board" },
  };
}

export default async function BoardPage({ params }: Props) {
  await pageLocale(params);
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
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Status board</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Each prediction below depends on benchmarks a government must meet. We track every benchmark as an indicator, rate it against
          criteria fixed in advance, and record the evidence for every change.
        </p>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="freshness">
            Reflects changes up to <time dateTime={board.generatedAt.toISOString()}>{formatMoment(board.generatedAt)}</time>.
          </p>
          <FeedLinks
            feeds={[
              { href: "/feed.xml", label: "RSS" },
              { href: "/feed.atom", label: "Atom" },
              { href: "/feed.json", label: "JSON Feed" },
              { href: "/data", label: "Open data" },
            ]}
          />
        </div>
        <StatusCounts counts={board.statusCounts} overdue={board.overdueCount} />
        <BoardFiltersForm filters={filters} predictions={board.allPredictions} themes={board.themes} />
        {filtered && (
          <p className="text-sm text-slate-700 dark:text-slate-300" role="status">
            Showing {board.shown} of {board.total} indicators.
          </p>
        )}
      </div>
      {board.shown === 0 ? (
        <p>
          {filtered ? (
            <>
              No indicators match these filters.{" "}
              <Link href="/" className="underline">
                Show everything
              </Link>
              .
            </>
          ) : (
            "No predictions are tracked yet."
          )}
        </p>
      ) : filters.order === "recent" ? (
        <Section
          id="recent"
          title="Recently changed first"
          className="flex flex-col gap-4"
          headingClassName="text-2xl font-bold tracking-tight"
        >
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {board.recent.map((indicator) => (
              <li key={indicator.id} className="flex">
                <div className="min-w-0 flex-1">
                  <IndicatorCard indicator={indicator} context={indicator.predictionTitle} progress={progress.get(indicator.id)} />
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ) : (
        board.predictions.map((prediction) => <PredictionSection key={prediction.id} prediction={prediction} progress={progress} />)
      )}
      {board.pageCount > 1 && (
        <nav aria-label="Pages of the board" className="flex flex-wrap items-center justify-center gap-4 text-sm">
          {board.page > 1 && (
            <Link
              href={boardHref({ ...filters, page: board.page - 1 })}
              rel="prev"
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              ← Previous page
            </Link>
          )}
          <span>
            Page {board.page} of {board.pageCount}
          </span>
          {board.page < board.pageCount && (
            <Link
              href={boardHref({ ...filters, page: board.page + 1 })}
              rel="next"
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Next page →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
