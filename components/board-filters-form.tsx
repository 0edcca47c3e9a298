import Link from "next/link";
import type { BoardFilters } from "@/lib/board-filters";
import { STATUSES, STATUS_INFO } from "@/lib/status";

const select = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm sm:w-auto sm:max-w-xs dark:border-slate-600 dark:bg-slate-900";

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
      <div className="flex w-full min-w-0 flex-col gap-1 text-sm font-medium sm:w-auto">
        <label htmlFor="filter-prediction">Prediction</label>
        <select id="filter-prediction" name="prediction" defaultValue={filters.prediction ?? ""} className={select}>
          <option value="">All predictions</option>
          {predictions.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full min-w-0 flex-col gap-1 text-sm font-medium sm:w-auto">
        <label htmlFor="filter-theme">Theme</label>
        <select id="filter-theme" name="theme" defaultValue={filters.theme ?? ""} className={select}>
          <option value="">All themes</option>
          {themes.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex w-full min-w-0 flex-col gap-1 text-sm font-medium sm:w-auto">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={select}>
          <option value="">All statuses</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_INFO[status].label}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 py-2 text-sm font-medium">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4" />
        Overdue only
      </label>
      <div className="flex w-full min-w-0 flex-col gap-1 text-sm font-medium sm:w-auto">
        <label htmlFor="filter-order">Order</label>
        <select id="filter-order" name="order" defaultValue={filters.order ?? ""} className={select}>
          <option value="">By prediction</option>
          <option value="recent">Recently changed first</option>
        </select>
      </div>
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
