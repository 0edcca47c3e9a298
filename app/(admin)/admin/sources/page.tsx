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
  textLinkClass,
} from "@/components/admin";
import { listHref, MAX_SEARCH_LENGTH, pageCount, parseList, type SearchParams } from "@/lib/predictions/admin-lists";
import { formatDate } from "@/lib/text/dates";
import { requirePageUser } from "@/lib/auth/auth";
import { ADMIN_SOURCES_PAGE_SIZE, listSourcesForAdmin } from "@/lib/predictions/sources";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin/sources");
  const search = await searchParams;
  const { state, problems } = parseList(search);
  const { sources, total } = await listSourcesForAdmin(state);
  const pages = pageCount(total, ADMIN_SOURCES_PAGE_SIZE);
  if (state.page > pages) problems.push(`Page ${state.page.toLocaleString("en")} is past the last page (${pages.toLocaleString("en")}).`);
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Sources">
        <Link href="/admin/sources/new" className={primaryButtonClass}>
          New source
        </Link>
      </PageHeading>
      {search.saved && <SavedNotice>Source saved.</SavedNotice>}
      <form method="get" role="search" aria-label="Find sources" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-56 flex-1 flex-col gap-1 font-medium">
          Title, author or outlet
          <input type="search" name="q" defaultValue={state.q ?? ""} maxLength={MAX_SEARCH_LENGTH} className={filterFieldClass} />
        </label>
        <button type="submit" className={primaryButtonClass}>
          Search
        </button>
        {(state.q || state.page > 1) && (
          <Link href="/admin/sources" className={`py-2 ${textLinkClass}`}>
            Clear
          </Link>
        )}
      </form>
      <ListProblems problems={problems} />
      {total === 0 ? (
        <EmptyState>
          {state.q ? (
            <p>
              No source matches this search.{" "}
              <Link href="/admin/sources" className={textLinkClass}>
                Clear the search
              </Link>{" "}
              to see every source.
            </p>
          ) : (
            <p>
              No sources yet.{" "}
              <Link href="/admin/sources/new" className={textLinkClass}>
                Add the article
              </Link>{" "}
              a prediction comes from; predictions cite it.
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          {state.page <= pages && (
            <ListSummary
              page={state.page}
              pageSize={ADMIN_SOURCES_PAGE_SIZE}
              total={total}
              noun={["source", "sources"]}
              filtered={Boolean(state.q)}
            />
          )}
          {sources.length > 0 && (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
              {sources.map((source) => (
                <li key={source.id} data-testid="source-row" className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                  <div>
                    <p className="font-medium">{source.title}</p>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {source.author}, {source.outlet}, {formatDate(source.publishedOn, source.publishedPrecision)} ·{" "}
                      {source._count.predictions} prediction(s)
                    </p>
                  </div>
                  <Link href={`/admin/sources/${source.id}`} className={`text-sm ${textLinkClass}`}>
                    Edit<span className="sr-only"> {source.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            label="Pages of sources"
            page={state.page}
            pageCount={pages}
            href={(page) => listHref("/admin/sources", { q: state.q, page })}
          />
        </>
      )}
    </div>
  );
}
