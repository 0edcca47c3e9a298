import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { BoardFilters } from "@/lib/predictions/board-filters";
import { STATUSES } from "@/lib/rules/status";

const select =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm sm:w-auto sm:max-w-xs dark:border-slate-600 dark:bg-slate-900";

/**
 * The board's filters as a plain GET form: works without JavaScript, and the result is a URL that
 * can be shared (proxy.ts tidies the query string into its canonical form), in the page's language.
 * Predictions and themes come with their names in that language.
 */
export function BoardFiltersForm({
  filters,
  predictions,
  themes,
}: {
  filters: BoardFilters;
  predictions: { slug: string; title: string }[];
  themes: { slug: string; name: string }[];
}) {
  const t = useTranslations("board");
  const labels = useTranslations("labels");
  const locale = useLocale() as Locale;
  const active = Boolean(filters.prediction || filters.theme || filters.status || filters.overdue || filters.order);
  return (
    <form method="get" action={localePath(locale, "/")} className="flex flex-wrap items-end gap-3" aria-label={t("filters.label")}>
      <FilterSelect
        name="prediction"
        label={t("filters.prediction")}
        value={filters.prediction}
        options={[["", t("filters.allPredictions")], ...predictions.map((p) => [p.slug, p.title] as const)]}
      />
      <FilterSelect
        name="theme"
        label={t("filters.theme")}
        value={filters.theme}
        options={[["", t("filters.allThemes")], ...themes.map((theme) => [theme.slug, theme.name] as const)]}
      />
      <FilterSelect
        name="status"
        label={t("filters.status")}
        value={filters.status}
        options={[["", t("filters.allStatuses")], ...STATUSES.map((status) => [status, labels(`status.${status}.label`)] as const)]}
      />
      <label className="flex items-center gap-2 py-2 text-sm font-medium">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4" />
        {t("filters.overdueOnly")}
      </label>
      <FilterSelect
        name="order"
        label={t("filters.order")}
        value={filters.order}
        options={[
          ["", t("filters.byPrediction")],
          ["recent", t("recentFirst")],
        ]}
      />
      <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800">
        {t("filters.apply")}
      </button>
      {active && (
        <Link href="/" className="py-2 text-sm text-sky-800 underline dark:text-sky-300">
          {t("filters.clear")}
        </Link>
      )}
    </form>
  );
}

/** One filter: a labelled select whose first option ("") means no filter. */
function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: (readonly [string, string])[];
}) {
  return (
    <div className="flex w-full min-w-0 flex-col gap-1 text-sm font-medium sm:w-auto">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
