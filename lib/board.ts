import "server-only";
import { themeSlug, type BoardFilters } from "@/lib/board-filters";
import { todayIso } from "@/lib/dates";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeVerdict, isOverdue, STATUSES, type Status, type VerdictResult } from "@/lib/status";

// The status board at "/": counts over every indicator, and one page of predictions (each with
// its verdict and the indicators that match the filters) or, in the "recently changed" order, one
// page of indicators. Pages keep the board's size, and the time to render it, independent of how
// many predictions and indicators are tracked.

export const PREDICTIONS_PER_PAGE = 5;
export const INDICATORS_PER_PAGE = 24;

const predictionInclude = {
  source: true,
  indicators: { orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.PredictionInclude;

type Prediction = Prisma.PredictionGetPayload<{ include: typeof predictionInclude }>;
export type BoardIndicator = Prediction["indicators"][number] & { overdue: boolean };
export type BoardEntry = Omit<Prediction, "indicators"> & { indicators: BoardIndicator[]; verdict: VerdictResult };

export type Board = {
  predictions: BoardEntry[];
  recent: (BoardIndicator & { predictionTitle: string })[];
  statusCounts: Record<Status, number>;
  overdueCount: number;
  /** Indicators matching the filters, on all pages. */
  shown: number;
  total: number;
  page: number;
  pageCount: number;
  themes: { slug: string; name: string }[];
  allPredictions: { slug: string; title: string }[];
  generatedAt: Date;
};

export async function getBoard(filters: BoardFilters = {}, now: Date = new Date()): Promise<Board> {
  const db = getDb();
  const today = todayIso(now);
  const page = filters.page ?? 1;
  const [grouped, overdueCount, themeRows, allPredictions] = await Promise.all([
    db.indicator.groupBy({ by: ["status"], _count: { _all: true } }),
    db.indicator.count({ where: { targetOn: { lt: new Date(`${today}T00:00:00Z`) }, status: { notIn: ["ACHIEVED", "ABANDONED"] } } }),
    db.indicator.findMany({ distinct: ["theme"], select: { theme: true }, orderBy: { theme: "asc" } }),
    db.prediction.findMany({ select: { slug: true, title: true }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  const statusCounts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of grouped) statusCounts[row.status] = row._count._all;
  const themeNames = themeRows.map(({ theme }) => ({ slug: themeSlug(theme), name: theme }));
  const themes = [...new Map(themeNames.map((theme) => [theme.slug, theme])).values()];

  // The indicators the filters ask for (a theme appears in the URL as its slug).
  const indicatorWhere: Prisma.IndicatorWhereInput = {
    status: filters.status,
    theme: filters.theme ? { in: themeNames.filter((t) => t.slug === filters.theme).map((t) => t.name) } : undefined,
    prediction: filters.prediction ? { slug: filters.prediction } : undefined,
  };
  const matches = (indicator: { status: Status; theme: string }) =>
    (!filters.status || indicator.status === filters.status) && (!filters.theme || themeSlug(indicator.theme) === filters.theme);
  const withOverdue = <T extends Prediction["indicators"][number]>(indicator: T) => ({ ...indicator, overdue: isOverdue(indicator, today) });

  const shown = await db.indicator.count({ where: indicatorWhere });
  let predictions: BoardEntry[] = [];
  let recent: Board["recent"] = [];
  let pageCount: number;

  if (filters.order === "recent") {
    pageCount = Math.max(1, Math.ceil(shown / INDICATORS_PER_PAGE));
    const rows = await db.indicator.findMany({
      where: indicatorWhere,
      include: { prediction: { select: { title: true } } },
      orderBy: [{ lastChangeAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * INDICATORS_PER_PAGE,
      take: INDICATORS_PER_PAGE,
    });
    recent = rows.map(({ prediction, ...indicator }) => ({ ...withOverdue(indicator), predictionTitle: prediction.title }));
  } else {
    const filtering = Boolean(filters.status || filters.theme);
    const predictionWhere: Prisma.PredictionWhereInput = {
      slug: filters.prediction,
      indicators: filtering ? { some: { status: filters.status, theme: indicatorWhere.theme } } : undefined,
    };
    const [count, rows] = await Promise.all([
      db.prediction.count({ where: predictionWhere }),
      db.prediction.findMany({
        where: predictionWhere,
        include: predictionInclude,
        orderBy: [{ position: "asc" }, { id: "asc" }],
        skip: (page - 1) * PREDICTIONS_PER_PAGE,
        take: PREDICTIONS_PER_PAGE,
      }),
    ]);
    pageCount = Math.max(1, Math.ceil(count / PREDICTIONS_PER_PAGE));
    predictions = rows.map((prediction) => {
      const indicators = prediction.indicators.map(withOverdue);
      // The verdict always weighs every indicator; the filters only choose which are shown.
      return { ...prediction, indicators: indicators.filter(matches), verdict: computeVerdict(prediction, today) };
    });
  }

  return {
    predictions,
    recent,
    statusCounts,
    overdueCount,
    shown,
    total: Object.values(statusCounts).reduce((a, b) => a + b, 0),
    page,
    pageCount,
    themes,
    allPredictions,
    generatedAt: now,
  };
}
