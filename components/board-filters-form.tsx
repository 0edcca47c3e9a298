import Link from "next/link";
import type { BoardFilters } from "@/lib/predictions/board-filters";
import { STATUSES, STATUS_INFO } from "@/lib/rules/status";

const select =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm sm:w-auto sm:max-w-xs dark:border-slate-600 dark:bg-slate-900";

/**
 * The board's filters as a plain GET form: works without JavaScript, and the result is a URL that
 * can be shared (proxy.ts tidies the query string into its canonical form).
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
  const active = Boolean(filters.prediction || filters.theme || filters.status || filters.overdue || filters.order);
  return (
    <form method="get" action="/" className="flex flex-wrap items-end gap-3" aria-label="Filter the board">
      <FilterSelect
        name="prediction"
        label="Prediction"
        value={filters.prediction}
        options={[["", "All predictions"], ...predictions.map((p) => [p.slug, p.title] as const)]}
      />
      <FilterSelect
        name="theme"
        label="Theme"
        value={filters.theme}
        options={[["", "All themes"], ...themes.map((t) => [t.slug, t.name] as const)]}
      />
      <FilterSelect
        name="status"
        label="Status"
        value={filters.status}
        options={[["", "All statuses"], ...STATUSES.map((status) => [status, STATUS_INFO[status].label] as const)]}
      />
      <label className="flex items-center gap-2 py-2 text-sm font-medium">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4" />
        Overdue only
      </label>
      <FilterSelect
        name="order"
        label="Order"
        value={filters.order}
        options={[
          ["", "By prediction"],
          ["recent", "Recently changed first"],
        ]}
      />
      <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800">
        Apply
      </button>
      {active && (
        <Link href="/" className="py-2 text-sm text-sky-800 underline dark:text-sky-300">
          Clear filters
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
