import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, primaryButtonClass, rowListClass, SearchableList, textLinkClass } from "@/components/admin";
import { checkedPageCount, parseList, type SearchParams } from "@/lib/predictions/admin-lists";
import { requirePageUser } from "@/lib/auth/auth";
import { ADMIN_PREDICTIONS_PAGE_SIZE, listPredictionsForAdmin } from "@/lib/predictions/predictions";

export const metadata: Metadata = { title: "Predictions" };

export default async function PredictionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageUser("editor", "/admin/predictions");
  const { state, problems } = parseList(await searchParams);
  const { predictions, total } = await listPredictionsForAdmin(state);
  const pages = checkedPageCount(state.page, total, ADMIN_PREDICTIONS_PAGE_SIZE, problems);

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin" className={textLinkClass}>
          ← Predictions & indicators
        </Link>
      </p>
      <PageHeading title="Predictions">
        <Link href="/admin/predictions/new" className={primaryButtonClass}>
          New prediction
        </Link>
      </PageHeading>
      <SearchableList
        path="/admin/predictions"
        searchLabel="Title or slug"
        noun={["prediction", "predictions"]}
        state={state}
        problems={problems}
        total={total}
        pages={pages}
        pageSize={ADMIN_PREDICTIONS_PAGE_SIZE}
        empty={
          <p>
            No predictions yet. A prediction cites a source:{" "}
            <Link href="/admin/sources/new" className={textLinkClass}>
              add the source
            </Link>{" "}
            first if it is not listed, then{" "}
            <Link href="/admin/predictions/new" className={textLinkClass}>
              create the prediction
            </Link>
            .
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
                    {prediction._count.indicators.toLocaleString("en")} indicator{prediction._count.indicators === 1 ? "" : "s"}
                    <span className="sr-only"> of {prediction.title}</span>
                  </Link>
                  <Link href={`/admin/indicators/new?prediction=${prediction.id}`} className={textLinkClass}>
                    Add indicator<span className="sr-only"> to {prediction.title}</span>
                  </Link>
                  <Link href={`/admin/predictions/${prediction.id}`} className={textLinkClass}>
                    Edit<span className="sr-only"> prediction {prediction.title}</span>
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
