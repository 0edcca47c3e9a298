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
  SavedNotice,
  secondaryButtonClass,
  textLinkClass,
} from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import {
  listHref,
  MAX_SEARCH_LENGTH,
  pageCount,
  parseIndicatorList,
  type IndicatorListState,
  type SearchParams,
} from "@/lib/predictions/admin-lists";
import { requirePageUser } from "@/lib/auth/auth";
import { formatDate } from "@/lib/text/dates";
import { ADMIN_INDICATORS_PAGE_SIZE, listIndicatorsForAdmin } from "@/lib/predictions/indicators";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { STATUSES, STATUS_INFO } from "@/lib/rules/status";

export const metadata: Metadata = { title: "Predictions & indicators" };

const href = (state: IndicatorListState) =>
  listHref("/admin", { q: state.q, prediction: state.prediction, status: state.status, page: state.page });

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin");
  const search = await searchParams;
  const { state, problems } = parseIndicatorList(search);
  const predictions = await listPredictionOptions();
  const prediction = predictions.find((p) => p.id === state.prediction);
  if (state.prediction && !prediction) {
    problems.push(`There is no prediction #${state.prediction}; showing every prediction’s indicators.`);
    state.prediction = undefined;
  }
  const { indicators, total } = await listIndicatorsForAdmin({
    q: state.q,
    predictionId: state.prediction,
    status: state.status,
    page: state.page,
  });
  const pages = pageCount(total, ADMIN_INDICATORS_PAGE_SIZE);
  const filtered = Boolean(state.q || state.prediction || state.status);
  if (state.page > pages) problems.push(`Page ${state.page.toLocaleString("en")} is past the last page (${pages.toLocaleString("en")}).`);
  const saved = typeof search.saved === "string";

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Predictions & indicators">
        <Link href="/admin/predictions" className={secondaryButtonClass}>
          All predictions ({predictions.length.toLocaleString("en")})
        </Link>
        <Link href="/admin/predictions/new" className={secondaryButtonClass}>
          New prediction
        </Link>
        <Link
          href={prediction ? `/admin/indicators/new?prediction=${prediction.id}` : "/admin/indicators/new"}
          className={primaryButtonClass}
        >
          New indicator
        </Link>
      </PageHeading>
      {saved && <SavedNotice>Prediction saved.</SavedNotice>}

      <form method="get" role="search" aria-label="Find indicators" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-56 flex-1 flex-col gap-1 font-medium">
          Title or slug
          <input type="search" name="q" defaultValue={state.q ?? ""} maxLength={MAX_SEARCH_LENGTH} className={filterFieldClass} />
        </label>
        <label className="flex max-w-xs flex-col gap-1 font-medium">
          Prediction
          <select name="prediction" defaultValue={state.prediction ?? ""} className={filterFieldClass}>
            <option value="">Any prediction</option>
            {predictions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-medium">
          Status
          <select name="status" defaultValue={state.status ?? ""} className={filterFieldClass}>
            <option value="">Any status</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_INFO[status].label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={primaryButtonClass}>
          Search
        </button>
        {(filtered || state.page > 1) && (
          <Link href="/admin" className={`py-2 ${textLinkClass}`}>
            Clear
          </Link>
        )}
      </form>
      <ListProblems problems={problems} />

      {prediction && (
        <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
          <span>
            Indicators of <strong>{prediction.title}</strong>
          </span>
          <Link href={`/admin/predictions/${prediction.id}`} className={textLinkClass}>
            Edit prediction<span className="sr-only"> {prediction.title}</span>
          </Link>
          <Link href={`/admin/indicators/new?prediction=${prediction.id}`} className={textLinkClass}>
            Add indicator<span className="sr-only"> to {prediction.title}</span>
          </Link>
        </p>
      )}

      {total === 0 ? (
        <EmptyState>
          {filtered ? (
            <p>
              No indicator matches this search. Try fewer words or another filter, or{" "}
              <Link href="/admin" className={textLinkClass}>
                clear the search
              </Link>{" "}
              to see every indicator.
            </p>
          ) : predictions.length === 0 ? (
            <p>
              Nothing is tracked yet. Start with a{" "}
              <Link href="/admin/predictions/new" className={textLinkClass}>
                new prediction
              </Link>
              , then add its indicators.
            </p>
          ) : (
            <p>
              No indicators yet.{" "}
              <Link href="/admin/indicators/new" className={textLinkClass}>
                Add the first indicator
              </Link>{" "}
              to a prediction.
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          {state.page <= pages && (
            <ListSummary
              page={state.page}
              pageSize={ADMIN_INDICATORS_PAGE_SIZE}
              total={total}
              noun={["indicator", "indicators"]}
              filtered={filtered}
            />
          )}
          {indicators.length > 0 && (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold">
                      Indicator
                    </th>
                    <th scope="col" className="px-3 py-2 font-semibold">
                      Prediction
                    </th>
                    <th scope="col" className="px-3 py-2 font-semibold">
                      Status
                    </th>
                    <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                      Last edit by
                    </th>
                    <th scope="col" className="px-3 py-2 font-semibold">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
                  {indicators.map((indicator) => (
                    <tr key={indicator.id} data-testid="indicator-row" className="align-top">
                      <td className="px-3 py-2">
                        <Link href={`/admin/indicators/${indicator.id}`} className={`font-medium ${textLinkClass}`}>
                          {indicator.title}
                        </Link>
                        <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">{indicator.slug}</span>
                      </td>
                      <td className="px-3 py-2">
                        <Link
                          href={href({ prediction: indicator.prediction.id, page: 1 })}
                          className="text-slate-700 hover:underline dark:text-slate-300"
                        >
                          {indicator.prediction.title}
                        </Link>
                      </td>
                      <td className="px-3 py-2">
                        <StatusBadge status={indicator.status} />
                        <span className="block text-xs whitespace-nowrap text-slate-600 dark:text-slate-400">
                          since {formatDate(indicator.statusSince)}
                        </span>
                      </td>
                      <td className="px-3 py-2 text-slate-600 dark:text-slate-400">{indicator.updatedBy?.name ?? "—"}</td>
                      <td className="px-3 py-2 text-right">
                        <Link href={`/admin/indicators/${indicator.id}/changes/new`} className={`whitespace-nowrap ${textLinkClass}`}>
                          Record status change<span className="sr-only"> for {indicator.title}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination label="Pages of indicators" page={state.page} pageCount={pages} href={(page) => href({ ...state, page })} />
        </>
      )}
    </div>
  );
}
