import type { Metadata } from "next";
import Link from "next/link";
import {
  FilterSelect,
  ListProblems,
  PageHeading,
  PagedList,
  primaryButtonClass,
  SavedNotice,
  SearchForm,
  secondaryButtonClass,
  textLinkClass,
} from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import { RecordTable } from "@/components/table";
import { checkedPageCount, listHref, parseIndicatorList, type IndicatorListState, type SearchParams } from "@/lib/predictions/admin-lists";
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
  const pages = checkedPageCount(state.page, total, ADMIN_INDICATORS_PAGE_SIZE, problems);
  const filtered = Boolean(state.q || state.prediction || state.status);
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

      <SearchForm label="Find indicators" searchLabel="Title or slug" q={state.q} clearHref="/admin" showClear={filtered || state.page > 1}>
        <FilterSelect
          label="Prediction"
          name="prediction"
          value={state.prediction ?? ""}
          options={[{ value: "", label: "Any prediction" }, ...predictions.map((p) => ({ value: p.id, label: p.title }))]}
          className="flex max-w-xs flex-col gap-1 font-medium"
        />
        <FilterSelect
          label="Status"
          name="status"
          value={state.status ?? ""}
          options={[{ value: "", label: "Any status" }, ...STATUSES.map((status) => ({ value: status, label: STATUS_INFO[status].label }))]}
        />
      </SearchForm>
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

      <PagedList
        total={total}
        empty={
          filtered ? (
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
          )
        }
        page={state.page}
        pages={pages}
        pageSize={ADMIN_INDICATORS_PAGE_SIZE}
        noun={["indicator", "indicators"]}
        filtered={filtered}
        label="Pages of indicators"
        href={(page) => href({ ...state, page })}
      >
        {indicators.length > 0 && (
          <RecordTable
            columns={[
              "Indicator",
              "Prediction",
              "Status",
              <span key="edit" className="whitespace-nowrap">
                Last edit by
              </span>,
              <span key="actions" className="sr-only">
                Actions
              </span>,
            ]}
            headerClassName="px-3 py-2 font-semibold"
          >
            {indicators.map((indicator) => (
              <tr key={indicator.id} data-testid="indicator-row">
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
          </RecordTable>
        )}
      </PagedList>
    </div>
  );
}
