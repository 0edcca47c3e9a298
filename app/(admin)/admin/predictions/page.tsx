import type { Metadata } from "next";
import Link from "next/link";
import {
  EmptyState,
  filterFieldClass,
  ListProblems,
  ListSummary,
  PageHeading,
  Pagination,
  primaryButtonClass,
  textLinkClass,
} from "@/components/admin";
import { listHref, MAX_SEARCH_LENGTH, pageCount, parseList, type SearchParams } from "@/lib/predictions/admin-lists";
import { requirePageUser } from "@/lib/auth/auth";
import { ADMIN_PREDICTIONS_PAGE_SIZE, listPredictionsForAdmin } from "@/lib/predictions/predictions";

export const metadata: Metadata = { title: "Predictions" };

export default async function PredictionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin/predictions");
  const { state, problems } = parseList(await searchParams);
  const { predictions, total } = await listPredictionsForAdmin(state);
  const pages = pageCount(total, ADMIN_PREDICTIONS_PAGE_SIZE);
  if (state.page > pages) problems.push(`Page ${state.page.toLocaleString("en")} is past the last page (${pages.toLocaleString("en")}).`);

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin" className={textLinkClass}>
          ← Predictions & indicators
        </Link>
      </p>
      <PageHeading title="Predictions">
        <Link href="/admin/predictions/new" className={primaryButtonClass}>
          New prediction
        </Link>
      </PageHeading>
      <form method="get" role="search" aria-label="Find predictions" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-56 flex-1 flex-col gap-1 font-medium">
          Title or slug
          <input type="search" name="q" defaultValue={state.q ?? ""} maxLength={MAX_SEARCH_LENGTH} className={filterFieldClass} />
        </label>
        <button type="submit" className={primaryButtonClass}>
          Search
        </button>
        {(state.q || state.page > 1) && (
          <Link href="/admin/predictions" className={`py-2 ${textLinkClass}`}>
            Clear
          </Link>
        )}
      </form>
      <ListProblems problems={problems} />
      {total === 0 ? (
        <EmptyState>
          {state.q ? (
            <p>
              No prediction matches this search.{" "}
              <Link href="/admin/predictions" className={textLinkClass}>
                Clear the search
              </Link>{" "}
              to see every prediction.
            </p>
          ) : (
            <p>
              No predictions yet. A prediction cites a source:{" "}
              <Link href="/admin/sources/new" className={textLinkClass}>
                add the source
              </Link>{" "}
              first if it is not listed, then{" "}
              <Link href="/admin/predictions/new" className={textLinkClass}>
                create the prediction
              </Link>
              .
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          {state.page <= pages && (
            <ListSummary
              page={state.page}
              pageSize={ADMIN_PREDICTIONS_PAGE_SIZE}
              total={total}
              noun={["prediction", "predictions"]}
              filtered={Boolean(state.q)}
            />
          )}
          {predictions.length > 0 && (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
              {predictions.map((prediction) => (
                <li
                  key={prediction.id}
                  data-testid="prediction-row"
                  className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3"
                >
                  <div>
                    <p className="font-medium">{prediction.title}</p>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      <span className="font-mono text-xs">{prediction.slug}</span> · {prediction.source.title} ({prediction.source.outlet})
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-4 text-sm">
                    <Link href={`/admin?prediction=${prediction.id}`} className={textLinkClass}>
                      {prediction._count.indicators.toLocaleString("en")} indicator{prediction._count.indicators === 1 ? "" : "s"}
                      <span className="sr-only"> of {prediction.title}</span>
                    </Link>
                    <Link href={`/admin/indicators/new?prediction=${prediction.id}`} className={textLinkClass}>
                      Add indicator<span className="sr-only"> to {prediction.title}</span>
                    </Link>
                    <Link href={`/admin/predictions/${prediction.id}`} className={textLinkClass}>
                      Edit<span className="sr-only"> prediction {prediction.title}</span>
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            label="Pages of predictions"
            page={state.page}
            pageCount={pages}
            href={(page) => listHref("/admin/predictions", { q: state.q, page })}
          />
        </>
      )}
    </div>
  );
}
