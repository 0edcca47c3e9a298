// Small presentational pieces shared by admin pages, their words from adminCatalog.list in the
// admin's language (the layout's locale; these are synchronous, so useTranslations works in a
// server page as in a client form).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { OptionList } from "@/components/options";
import { listHref, MAX_SEARCH_LENGTH, type ListState } from "@/lib/predictions/admin-lists";
import type enCatalog from "@/messages/en-CA/adminCatalog.json";

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

/** The way back to the page this one belongs to, named by its title. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className={textLinkClass}>
        ← {children}
      </Link>
    </p>
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

/** What a list counts, and how its count reads: a key of adminCatalog.list.count. */
export type ListNoun = keyof (typeof enCatalog)["list"]["count"];
/** A list searched by text alone (SearchableList): a key of adminCatalog.list.searchable. */
export type SearchableNoun = keyof (typeof enCatalog)["list"]["searchable"];

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
  noun: ListNoun;
  filtered: boolean;
}) {
  const t = useTranslations("adminCatalog.list");
  const counted = t(`count.${noun}`, { count: total });
  let text: string;
  if (total > pageSize) {
    text = t("showing", { from: (page - 1) * pageSize + 1, to: Math.min(page * pageSize, total), total: counted });
  } else {
    text = filtered ? t("matches", { total: counted, count: total }) : t("all", { total: counted });
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
  previous,
  next,
  first,
  last,
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
  const t = useTranslations("adminCatalog.list");
  if (pageCount <= 1 && page <= 1) return null;
  const link =
    "rounded-md border border-slate-300 px-3 py-1.5 font-medium text-sky-800 hover:bg-slate-100 dark:border-slate-600 dark:text-sky-300 dark:hover:bg-slate-800";
  const jump = "font-medium text-sky-800 underline dark:text-sky-300";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 2 && (
        <Link href={href(1)} className={jump}>
          {first ?? t("first")}
        </Link>
      )}
      {page > 1 && (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev" className={link}>
          ← {previous ?? t("previous")}
        </Link>
      )}
      <span className="text-slate-700 dark:text-slate-300">{t("page", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={href(page + 1)} rel="next" className={link}>
          {next ?? t("next")} →
        </Link>
      )}
      {page < pageCount - 1 && (
        <Link href={href(pageCount)} className={jump}>
          {last ?? t("last")}
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

/** An empty state's words when a search found nothing, with the way back to the whole list. */
export function NoSearchMatch({ noun, clearHref }: { noun: SearchableNoun; clearHref: string }) {
  const t = useTranslations("adminCatalog.list.searchable");
  return (
    <p>
      {t.rich(`${noun}.noMatch`, {
        clear: (chunks) => (
          <Link href={clearHref} className={textLinkClass}>
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}

/** The search form above a list: the search box, the list's own filters (children), Search, and Clear once anything is set. */
export function SearchForm({
  label,
  searchLabel,
  q,
  clearHref,
  showClear,
  children,
}: {
  label: string;
  searchLabel: string;
  q?: string;
  clearHref: string;
  showClear: boolean;
  children?: React.ReactNode;
}) {
  const t = useTranslations("adminCatalog.list");
  return (
    <form method="get" role="search" aria-label={label} className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex min-w-56 flex-1 flex-col gap-1 font-medium">
        {searchLabel}
        <input type="search" name="q" defaultValue={q ?? ""} maxLength={MAX_SEARCH_LENGTH} className={filterFieldClass} />
      </label>
      {children}
      <button type="submit" className={primaryButtonClass}>
        {t("search")}
      </button>
      {showClear && (
        <Link href={clearHref} className={`py-2 ${textLinkClass}`}>
          {t("clear")}
        </Link>
      )}
    </form>
  );
}

/** A filter of a search form: a select with its label around it. */
export function FilterSelect({
  label,
  name,
  value,
  options,
  className = "flex flex-col gap-1 font-medium",
  selectClassName = filterFieldClass,
}: {
  label: string;
  name: string;
  value: string | number;
  options: { value: string | number; label: string }[];
  className?: string;
  selectClassName?: string;
}) {
  return (
    <label className={className}>
      {label}
      <select name={name} defaultValue={value} className={selectClassName}>
        <OptionList options={options} />
      </select>
    </label>
  );
}

/**
 * A paged list below its search form: the empty state when nothing matches, else how many are
 * shown (not on a page past the last, which ListProblems reports), the rows, and the page links.
 */
export function PagedList({
  total,
  empty,
  page,
  pages,
  pageSize,
  noun,
  filtered,
  label,
  href,
  children,
}: {
  total: number;
  empty: React.ReactNode;
  page: number;
  pages: number;
  pageSize: number;
  noun: ListNoun;
  filtered: boolean;
  label: string;
  href: (page: number) => string;
  children: React.ReactNode;
}) {
  if (total === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      {page <= pages && <ListSummary page={page} pageSize={pageSize} total={total} noun={noun} filtered={filtered} />}
      {children}
      <Pagination label={label} page={page} pageCount={pages} href={href} />
    </>
  );
}

/**
 * A list searched by text alone, at `path` (predictions, sources): the search form, the parameters
 * ignored, and the paged list, whose `empty` says what to do when there is nothing at all.
 */
export function SearchableList({
  path,
  searchLabel,
  noun,
  state,
  problems,
  total,
  pages,
  pageSize,
  empty,
  children,
}: {
  path: string;
  searchLabel: string;
  noun: SearchableNoun;
  state: ListState;
  problems: string[];
  total: number;
  pages: number;
  pageSize: number;
  empty: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations("adminCatalog.list.searchable");
  return (
    <>
      <SearchForm
        label={t(`${noun}.find`)}
        searchLabel={searchLabel}
        q={state.q}
        clearHref={path}
        showClear={Boolean(state.q || state.page > 1)}
      />
      <ListProblems problems={problems} />
      <PagedList
        total={total}
        empty={state.q ? <NoSearchMatch noun={noun} clearHref={path} /> : empty}
        page={state.page}
        pages={pages}
        pageSize={pageSize}
        noun={noun}
        filtered={Boolean(state.q)}
        label={t(`${noun}.pages`)}
        href={(page) => listHref(path, { q: state.q, page })}
      >
        {children}
      </PagedList>
    </>
  );
}

export const filterFieldClass =
  "h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900";
export const primaryButtonClass =
  "inline-flex h-10 items-center rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800";
export const secondaryButtonClass =
  "inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
export const textLinkClass = "text-sky-800 underline dark:text-sky-300";
/** A list of records, one bordered row each. */
export const rowListClass =
  "divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900";
