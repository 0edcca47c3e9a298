// Small presentational pieces shared by admin pages.
import Link from "next/link";

export function SavedNotice({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100"
    >
      {children}
    </p>
  );
}

export function PageHeading({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children && <div className="flex flex-wrap gap-2">{children}</div>}
    </div>
  );
}

/** Parameters of a list's URL that were ignored, and why (lib/predictions/admin-lists.ts). */
export function ListProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  );
}

/** "Showing 51–100 of 1,000 indicators." or, on a single page, "3 indicators match." */
export function ListSummary({
  page,
  pageSize,
  total,
  noun,
  filtered,
}: {
  page: number;
  pageSize: number;
  total: number;
  noun: [string, string];
  filtered: boolean;
}) {
  const count = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? noun[0] : noun[1]}`;
  let text: string;
  if (total > pageSize) {
    const from = (page - 1) * pageSize + 1;
    text = `Showing ${from.toLocaleString("en")}–${Math.min(page * pageSize, total).toLocaleString("en")} of ${count(total)}.`;
  } else {
    text = filtered ? `${count(total)} ${total === 1 ? "matches" : "match"}.` : `${count(total)}.`;
  }
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="list-summary">
      {text}
    </p>
  );
}

/** Previous / "Page n of m" / Next, as plain links (the page is in the URL). */
export function Pagination({
  label,
  page,
  pageCount,
  href,
  previous = "Previous",
  next = "Next",
  first = "First",
  last = "Last",
}: {
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  previous?: string;
  next?: string;
  first?: string;
  last?: string;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const link =
    "rounded-md border border-slate-300 px-3 py-1.5 font-medium text-sky-800 hover:bg-slate-100 dark:border-slate-600 dark:text-sky-300 dark:hover:bg-slate-800";
  const jump = "font-medium text-sky-800 underline dark:text-sky-300";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 2 && (
        <Link href={href(1)} className={jump}>
          {first}
        </Link>
      )}
      {page > 1 && (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev" className={link}>
          ← {previous}
        </Link>
      )}
      <span className="text-slate-700 dark:text-slate-300">
        Page {page.toLocaleString("en")} of {pageCount.toLocaleString("en")}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={link}>
          {next} →
        </Link>
      )}
      {page < pageCount - 1 && (
        <Link href={href(pageCount)} className={jump}>
          {last}
        </Link>
      )}
    </nav>
  );
}

/** What a list shows when it has nothing: what to do next. */
export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {children}
    </div>
  );
}

export const filterFieldClass =
  "h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900";
export const primaryButtonClass =
  "inline-flex h-10 items-center rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800";
export const secondaryButtonClass =
  "inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
export const textLinkClass = "text-sky-800 underline dark:text-sky-300";
