import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { PageHeading, primaryButtonClass, rowListClass, SavedNotice, SearchableList, textLinkClass } from "@/components/admin";
import { checkedPageCount, parseList, type SearchParams } from "@/lib/predictions/admin-lists";
import { formatDate } from "@/lib/text/dates";
import { requirePageUser } from "@/lib/auth/auth";
import { ADMIN_SOURCES_PAGE_SIZE, listSourcesForAdmin } from "@/lib/predictions/sources";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.sources" });
  return { title: t("title") };
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { locale } = await requirePageUser("editor", "/admin/sources");
  const [search, t] = await Promise.all([searchParams, getTranslations("adminCatalog.sources")]);
  const { state, problems } = parseList(search, locale);
  const { sources, total } = await listSourcesForAdmin(state);
  const pages = checkedPageCount(state.page, total, ADMIN_SOURCES_PAGE_SIZE, problems, locale);
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t("title")}>
        <Link href="/admin/sources/new" className={primaryButtonClass}>
          {t("newTitle")}
        </Link>
      </PageHeading>
      {search.saved && <SavedNotice>{t("saved")}</SavedNotice>}
      <SearchableList
        path="/admin/sources"
        searchLabel={t("searchLabel")}
        noun="source"
        state={state}
        problems={problems}
        total={total}
        pages={pages}
        pageSize={ADMIN_SOURCES_PAGE_SIZE}
        empty={
          <p>
            {t.rich("empty", {
              add: (chunks) => (
                <Link href="/admin/sources/new" className={textLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
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
                    {source.author}, {source.outlet}, {formatDate(source.publishedOn, source.publishedPrecision, locale)} ·{" "}
                    {t("predictions", { count: source._count.predictions })}
                  </p>
                </div>
                <Link href={`/admin/sources/${source.id}`} className={`text-sm ${textLinkClass}`}>
                  {t.rich("edit", { title: source.title, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </SearchableList>
    </div>
  );
}
