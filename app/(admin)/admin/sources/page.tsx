import type { Metadata } from "next";
import Link from "next/link";
import { SavedNotice } from "@/components/admin";
import { formatDate } from "@/lib/dates";
import { requirePageUser } from "@/lib/auth";
import { listSources } from "@/lib/sources";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePageUser("editor", "/admin/sources");
  const [sources, { saved }] = await Promise.all([listSources(), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Sources</h1>
        <Link href="/admin/sources/new" className="rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white hover:bg-sky-800">
          New source
        </Link>
      </div>
      {saved && <SavedNotice>Source saved.</SavedNotice>}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
        {sources.map((source) => (
          <li key={source.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <div>
              <p className="font-medium">{source.title}</p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {source.author}, {source.outlet}, {formatDate(source.publishedOn, source.publishedPrecision)} · {source._count.predictions} prediction(s)
              </p>
            </div>
            <Link href={`/admin/sources/${source.id}`} className="text-sm text-sky-800 underline dark:text-sky-300">
              Edit<span className="sr-only"> {source.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
