import "server-only";
import { themeSlug, type BoardFilters } from "@/lib/board-filters";
import { todayIso } from "@/lib/dates";
import { listPredictionsForBoard } from "@/lib/predictions";
import { computeVerdict, isOverdue, STATUSES, type Status, type VerdictResult } from "@/lib/status";

// The status board at "/": every prediction with its verdict, its indicators with overdue flags,
// counts per status, and the filtered views (by prediction, theme, status; "recently changed").

type BoardPrediction = Awaited<ReturnType<typeof listPredictionsForBoard>>[number];

export type BoardIndicator = BoardPrediction["indicators"][number] & { overdue: boolean };
export type BoardEntry = Omit<BoardPrediction, "indicators"> & {
  indicators: BoardIndicator[];
  verdict: VerdictResult;
};

export type Board = {
  /** Predictions with the indicators that match the filters (verdicts always use all of them). */
  predictions: BoardEntry[];
  /** With order=recent: matching indicators across predictions, most recently changed first. */
  recent: (BoardIndicator & { predictionTitle: string })[];
  statusCounts: Record<Status, number>;
  overdueCount: number;
  shown: number;
  total: number;
  themes: { slug: string; name: string }[];
  allPredictions: { slug: string; title: string }[];
  generatedAt: Date;
};

/** The status board as of now: verdicts and overdue flags, counts over all indicators, filtered lists. */
export async function getBoard(filters: BoardFilters = {}, now: Date = new Date()): Promise<Board> {
  const today = todayIso(now);
  const predictions = await listPredictionsForBoard();
  const statusCounts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  let overdueCount = 0;
  let total = 0;
  const themes = new Map<string, string>();
  const matches = (indicator: BoardIndicator) =>
    (!filters.status || indicator.status === filters.status) && (!filters.theme || themeSlug(indicator.theme) === filters.theme);

  const entries: BoardEntry[] = [];
  for (const prediction of predictions) {
    const indicators = prediction.indicators.map((indicator) => {
      const overdue = isOverdue(indicator, today);
      statusCounts[indicator.status] += 1;
      if (overdue) overdueCount += 1;
      total += 1;
      themes.set(themeSlug(indicator.theme), indicator.theme);
      return { ...indicator, overdue };
    });
    if (filters.prediction && prediction.slug !== filters.prediction) continue;
    const verdict = computeVerdict({ ...prediction, indicators }, today);
    const shown = indicators.filter(matches);
    if (shown.length > 0 || (!filters.status && !filters.theme)) entries.push({ ...prediction, indicators: shown, verdict });
  }

  const recent =
    filters.order === "recent"
      ? entries
          .flatMap((entry) => entry.indicators.map((indicator) => ({ ...indicator, predictionTitle: entry.title })))
          .sort((a, b) => (b.lastChangeAt?.getTime() ?? 0) - (a.lastChangeAt?.getTime() ?? 0) || a.id - b.id)
      : [];

  return {
    predictions: entries,
    recent,
    statusCounts,
    overdueCount,
    shown: entries.reduce((n, entry) => n + entry.indicators.length, 0),
    total,
    themes: [...themes].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name)),
    allPredictions: predictions.map(({ slug, title }) => ({ slug, title })),
    generatedAt: now,
  };
}

