import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { PageHeading, primaryButtonClass, rowListClass, SearchableList, textLinkClass } from "@/components/admin";
import { checkedPageCount, parseList, type SearchParams } from "@/lib/predictions/admin-lists";
import { requirePageUser } from "@/lib/auth/auth";
import { ADMIN_PREDICTIONS_PAGE_SIZE, listPredictionsForAdmin } from "@/lib/predictions/predictions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "adminCatalog.predictions" });
  return { title: t("title") };
}

const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function PredictionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { locale } = await requirePageUser("editor", "/admin/predictions");
  const [search, t, home] = await Promise.all([
    searchParams,
    getTranslations("adminCatalog.predictions"),
    getTranslations("adminCatalog.home"),
  ]);
  const { state, problems } = parseList(search, locale);
  const { predictions, total } = await listPredictionsForAdmin(state);
  const pages = checkedPageCount(state.page, total, ADMIN_PREDICTIONS_PAGE_SIZE, problems, locale);

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin" className={textLinkClass}>
          ← {t("back")}
        </Link>
      </p>
      <PageHeading title={t("title")}>
        <Link href="/admin/predictions/new" className={primaryButtonClass}>
          {home("newPrediction")}
        </Link>
      </PageHeading>
      <SearchableList
        path="/admin/predictions"
        searchLabel={t("searchLabel")}
        noun="prediction"
        state={state}
        problems={problems}
        total={total}
        pages={pages}
        pageSize={ADMIN_PREDICTIONS_PAGE_SIZE}
        empty={
          <p>
            {t.rich("empty", {
              source: (chunks) => (
                <Link href="/admin/sources/new" className={textLinkClass}>
                  {chunks}
                </Link>
              ),
              create: (chunks) => (
                <Link href="/admin/predictions/new" className={textLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        }
      >
        {predictions.length > 0 && (
          <ul className={rowListClass}>
            {predictions.map((prediction) => (
              <li
                key={prediction.id}
                data-testid="prediction-row"
                className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3"
              >
                <div>
                  <p className="font-medium">{prediction.title}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    <span className="font-mono text-xs">{prediction.slug}</span> · {prediction.source.title} ({prediction.source.outlet})
                  </p>
                </div>
                <div className="flex flex-wrap gap-4 text-sm">
                  <Link href={`/admin?prediction=${prediction.id}`} className={textLinkClass}>
                    {t.rich("indicators", { count: prediction._count.indicators, title: prediction.title, sr })}
                  </Link>
                  <Link href={`/admin/indicators/new?prediction=${prediction.id}`} className={textLinkClass}>
                    {home.rich("addIndicator", { title: prediction.title, sr })}
                  </Link>
                  <Link href={`/admin/predictions/${prediction.id}`} className={textLinkClass}>
                    {t.rich("edit", { title: prediction.title, sr })}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </SearchableList>
    </div>
  );
}
