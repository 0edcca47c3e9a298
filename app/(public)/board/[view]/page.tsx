// The status board, served at "/". proxy.ts rewrites "/" to /board/all, so that the board is an
// incrementally regenerated page: rendered on the first request (not at build time, which has
// no database), then served from the cache until a write revalidates it or `revalidate` expires.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PredictionSection } from "@/components/prediction-section";
import { StatusCounts } from "@/components/status-counts";
import { formatMoment } from "@/lib/dates";
import { getBoard } from "@/lib/predictions";

// A backstop: writes revalidate at once; this bounds staleness of the date-derived "overdue" flags.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = {
  title: { absolute: "Followthrough: status board" },
  alternates: { canonical: "/" },
};

export default async function BoardPage({ params }: { params: Promise<{ view: string }> }) {
  const { view } = await params;
  if (view !== "all") notFound();
  const board = await getBoard();

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Status board</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          Each prediction below depends on benchmarks a government must meet. We track every benchmark as an indicator,
          rate it against criteria fixed in advance, and record the evidence for every change.
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="freshness">
          Reflects changes up to <time dateTime={board.generatedAt.toISOString()}>{formatMoment(board.generatedAt)}</time>.
        </p>
        <StatusCounts counts={board.statusCounts} overdue={board.overdueCount} />
      </div>
      {board.predictions.length === 0 ? (
        <p>No predictions are tracked yet.</p>
      ) : (
        board.predictions.map((prediction) => <PredictionSection key={prediction.id} prediction={prediction} />)
      )}
    </div>
  );
}
