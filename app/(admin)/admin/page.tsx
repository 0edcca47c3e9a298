import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading, SavedNotice } from "@/components/admin";
import { StatusBadge } from "@/components/status-badge";
import { requirePageUser } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { listPredictionsForAdmin } from "@/lib/predictions";

export const metadata: Metadata = { title: "Predictions & indicators" };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePageUser("editor", "/admin");
  const [predictions, { saved }] = await Promise.all([listPredictionsForAdmin(), searchParams]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeading title="Predictions & indicators">
        <Link href="/admin/predictions/new" className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800">
          New prediction
        </Link>
      </PageHeading>
      {saved && <SavedNotice>Prediction saved.</SavedNotice>}
      {predictions.map((prediction) => (
        <section key={prediction.id} aria-labelledby={`p-${prediction.id}`} className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`p-${prediction.id}`} className="text-xl font-semibold">
              {prediction.title}
            </h2>
            <div className="flex gap-4 text-sm">
              <Link href={`/admin/predictions/${prediction.id}`} className="text-sky-800 underline dark:text-sky-300">
                Edit prediction<span className="sr-only"> {prediction.title}</span>
              </Link>
              <Link href={`/admin/indicators/new?prediction=${prediction.id}`} className="text-sky-800 underline dark:text-sky-300">
                Add indicator<span className="sr-only"> to {prediction.title}</span>
              </Link>
            </div>
          </div>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Source: {prediction.source.title} ({prediction.source.outlet})
          </p>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">Indicator</th>
                  <th scope="col" className="px-3 py-2 font-semibold">Status</th>
                  <th scope="col" className="px-3 py-2 font-semibold">Last change</th>
                  <th scope="col" className="px-3 py-2 font-semibold"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
                {prediction.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <td className="px-3 py-2">
                      <Link href={`/admin/indicators/${indicator.id}`} className="font-medium text-sky-800 underline dark:text-sky-300">
                        {indicator.title}
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      <StatusBadge status={indicator.status} />
                      <span className="ml-2 text-slate-600 dark:text-slate-400">since {formatDate(indicator.statusSince)}</span>
                    </td>
                    <td className="px-3 py-2 text-slate-600 dark:text-slate-400">{indicator.updatedBy?.name ?? "—"}</td>
                    <td className="px-3 py-2 text-right">
                      <Link href={`/admin/indicators/${indicator.id}/changes/new`} className="whitespace-nowrap text-sky-800 underline dark:text-sky-300">
                        Record status change<span className="sr-only"> for {indicator.title}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
