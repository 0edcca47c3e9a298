import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, primaryButtonClass, rowListClass, SavedNotice, SearchableList, textLinkClass } from "@/components/admin";
import { checkedPageCount, parseList, type SearchParams } from "@/lib/predictions/admin-lists";
import { formatDate } from "@/lib/text/dates";
import { requirePageUser } from "@/lib/auth/auth";
import { ADMIN_SOURCES_PAGE_SIZE, listSourcesForAdmin } from "@/lib/predictions/sources";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin/sources");
  const search = await searchParams;
  const { state, problems } = parseList(search);
  const { sources, total } = await listSourcesForAdmin(state);
  const pages = checkedPageCount(state.page, total, ADMIN_SOURCES_PAGE_SIZE, problems);
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title="Sources">
        <Link href="/admin/sources/new" className={primaryButtonClass}>
          New source
        </Link>
      </PageHeading>
      {search.saved && <SavedNotice>Source saved.</SavedNotice>}
      <SearchableList
        path="/admin/sources"
        searchLabel="Title, author or outlet"
        noun={["source", "sources"]}
        state={state}
        problems={problems}
        total={total}
        pages={pages}
        pageSize={ADMIN_SOURCES_PAGE_SIZE}
        empty={
          <p>
            No sources yet.{" "}
            <Link href="/admin/sources/new" className={textLinkClass}>
              Add the article
            </Link>{" "}
            a prediction comes from; predictions cite it.
          </p>
        }
      >
        {sources.length > 0 && (
          <ul className={rowListClass}>
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
      </SearchableList>
    </div>
  );
}
