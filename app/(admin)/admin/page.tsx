import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
import {
  checkedPageCount,
  listHref,
  listProblemText,
  parseIndicatorList,
  type IndicatorListState,
  type SearchParams,
} from "@/lib/predictions/admin-lists";
import { requirePageUser } from "@/lib/auth/auth";
import { formatDate } from "@/lib/text/dates";
import { ADMIN_INDICATORS_PAGE_SIZE, listIndicatorsForAdmin } from "@/lib/predictions/indicators";
import { listPredictionOptions } from "@/lib/predictions/predictions";
import { STATUSES } from "@/lib/rules/status";
import { adminLocale } from "@/lib/i18n/admin-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.home" });
  return { title: t("title") };
}

const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

const href = (state: IndicatorListState) =>
  listHref("/admin", { q: state.q, prediction: state.prediction, status: state.status, page: state.page });

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { locale } = await requirePageUser("editor", "/admin");
  const [search, t, labels] = await Promise.all([searchParams, getTranslations("adminCatalog.home"), getTranslations("labels")]);
  const { state, problems } = parseIndicatorList(search, locale);
  const predictions = await listPredictionOptions();
  const prediction = predictions.find((p) => p.id === state.prediction);
  if (state.prediction && !prediction) {
    problems.push(listProblemText("noPrediction", { id: state.prediction }, locale));
    state.prediction = undefined;
  }
  const { indicators, total } = await listIndicatorsForAdmin({
    q: state.q,
    predictionId: state.prediction,
    status: state.status,
    page: state.page,
  });
  const pages = checkedPageCount(state.page, total, ADMIN_INDICATORS_PAGE_SIZE, problems, locale);
  const filtered = Boolean(state.q || state.prediction || state.status);
  const saved = typeof search.saved === "string";

  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t("title")}>
        <Link href="/admin/predictions" className={secondaryButtonClass}>
          {t("allPredictions", { count: predictions.length })}
        </Link>
        <Link href="/admin/predictions/new" className={secondaryButtonClass}>
          {t("newPrediction")}
        </Link>
        <Link
          href={prediction ? `/admin/indicators/new?prediction=${prediction.id}` : "/admin/indicators/new"}
          className={primaryButtonClass}
        >
          {t("newIndicator")}
        </Link>
      </PageHeading>
      {saved && <SavedNotice>{t("saved")}</SavedNotice>}

      <SearchForm label={t("find")} searchLabel={t("searchLabel")} q={state.q} clearHref="/admin" showClear={filtered || state.page > 1}>
        <FilterSelect
          label={t("prediction")}
          name="prediction"
          value={state.prediction ?? ""}
          options={[{ value: "", label: t("anyPrediction") }, ...predictions.map((p) => ({ value: p.id, label: p.title }))]}
          className="flex max-w-xs flex-col gap-1 font-medium"
        />
        <FilterSelect
          label={t("status")}
          name="status"
          value={state.status ?? ""}
          options={[
            { value: "", label: t("anyStatus") },
            ...STATUSES.map((status) => ({ value: status, label: labels(`status.${status}.label`) })),
          ]}
        />
      </SearchForm>
      <ListProblems problems={problems} />

      {prediction && (
        <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
          <span>{t.rich("indicatorsOf", { title: prediction.title, strong: (chunks) => <strong>{chunks}</strong> })}</span>
          <Link href={`/admin/predictions/${prediction.id}`} className={textLinkClass}>
            {t.rich("editPrediction", { title: prediction.title, sr })}
          </Link>
          <Link href={`/admin/indicators/new?prediction=${prediction.id}`} className={textLinkClass}>
            {t.rich("addIndicator", { title: prediction.title, sr })}
          </Link>
        </p>
      )}

      <PagedList
        total={total}
        empty={
          filtered ? (
            <p>
              {t.rich("emptyFiltered", {
                clear: (chunks) => (
                  <Link href="/admin" className={textLinkClass}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : predictions.length === 0 ? (
            <p>
              {t.rich("emptyNothing", {
                new: (chunks) => (
                  <Link href="/admin/predictions/new" className={textLinkClass}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <p>
              {t.rich("emptyNone", {
                add: (chunks) => (
                  <Link href="/admin/indicators/new" className={textLinkClass}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )
        }
        page={state.page}
        pages={pages}
        pageSize={ADMIN_INDICATORS_PAGE_SIZE}
        noun="indicator"
        filtered={filtered}
        label={t("pages")}
        href={(page) => href({ ...state, page })}
      >
        {indicators.length > 0 && (
          <RecordTable
            columns={[
              t("indicator"),
              t("prediction"),
              t("status"),
              <span key="edit" className="whitespace-nowrap">
                {t("lastEditBy")}
              </span>,
              <span key="actions" className="sr-only">
                {t("actions")}
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
                    {t("since", { date: formatDate(indicator.statusSince, "DAY", locale) })}
                  </span>
                </td>
                <td className="px-3 py-2 text-slate-600 dark:text-slate-400">{indicator.updatedBy?.name ?? "—"}</td>
                <td className="px-3 py-2 text-right">
                  <Link href={`/admin/indicators/${indicator.id}/changes/new`} className={`whitespace-nowrap ${textLinkClass}`}>
                    {t.rich("recordChange", { title: indicator.title, sr })}
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
