import "server-only";
import { themeSlug, type BoardFilters } from "@/lib/predictions/board-filters";
import { todayIso } from "@/lib/text/dates";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeVerdict, isOverdue, STATUSES, type Status, type VerdictResult } from "@/lib/rules/status";

// The status board at "/": counts over every indicator, and one page of the indicators that match
// the filters (INDICATORS_PER_PAGE of them), grouped under their predictions (each with its verdict
// over all its indicators), or, in the "recently changed" order, as one list. Pages keep the
// board's size, and the time to render it, independent of how much is tracked.

export const INDICATORS_PER_PAGE = 24;

const predictionInclude = {
  source: true,
  // Every indicator's status and target, for the verdict.
  indicators: { select: { id: true, title: true, titleFr: true, status: true, targetOn: true } },
} satisfies Prisma.PredictionInclude;

type Prediction = Prisma.PredictionGetPayload<{ include: typeof predictionInclude }>;
type Indicator = Prisma.IndicatorGetPayload<object>;
export type BoardIndicator = Indicator & { overdue: boolean };
export type BoardEntry = Omit<Prediction, "indicators"> & {
  indicators: BoardIndicator[];
  verdict: VerdictResult;
  /** Its indicators started on an earlier page / go on to the next one. */
  continued: boolean;
  continues: boolean;
};

export type Board = {
  predictions: BoardEntry[];
  recent: (BoardIndicator & { prediction: { title: string; titleFr: string | null } })[];
  statusCounts: Record<Status, number>;
  overdueCount: number;
  /** Indicators matching the filters, on all pages. */
  shown: number;
  total: number;
  page: number;
  pageCount: number;
  /** Each theme's slug (from its English name), and its names (the French one where an indicator gives it). */
  themes: { slug: string; theme: string; themeFr: string | null }[];
  allPredictions: { slug: string; title: string; titleFr: string | null }[];
  generatedAt: Date;
};

export async function getBoard(filters: BoardFilters = {}, now: Date = new Date()): Promise<Board> {
  const db = getDb();
  const today = todayIso(now);
  const page = filters.page ?? 1;
  // The rule of isOverdue (lib/rules/status.ts), in the database.
  const overdueWhere: Prisma.IndicatorWhereInput = {
    targetOn: { lt: new Date(`${today}T00:00:00Z`) },
    status: { notIn: ["ACHIEVED", "ABANDONED"] },
  };
  const [grouped, overdueCount, themeRows, allPredictions] = await Promise.all([
    db.indicator.groupBy({ by: ["status"], _count: { _all: true } }),
    db.indicator.count({ where: overdueWhere }),
    db.indicator.groupBy({ by: ["theme"], _max: { themeFr: true }, orderBy: { theme: "asc" } }),
    db.prediction.findMany({ select: { slug: true, title: true, titleFr: true }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  const statusCounts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const row of grouped) statusCounts[row.status] = row._count._all;
  const themeNames = themeRows.map(({ theme, _max }) => ({ slug: themeSlug(theme), theme, themeFr: _max.themeFr }));
  const themes = [...new Map(themeNames.map((theme) => [theme.slug, theme])).values()];

  // The indicators the filters ask for (a theme appears in the URL as its slug).
  const indicatorWhere: Prisma.IndicatorWhereInput = {
    status: filters.status,
    theme: filters.theme ? { in: themeNames.filter((t) => t.slug === filters.theme).map((t) => t.theme) } : undefined,
    prediction: filters.prediction ? { slug: filters.prediction } : undefined,
    AND: filters.overdue ? [overdueWhere] : [],
  };
  const withOverdue = (indicator: Indicator) => ({ ...indicator, overdue: isOverdue(indicator, today) });
  const shown = await db.indicator.count({ where: indicatorWhere });
  const pageCount = Math.max(1, Math.ceil(shown / INDICATORS_PER_PAGE));
  const skip = (page - 1) * INDICATORS_PER_PAGE;
  let predictions: BoardEntry[] = [];
  let recent: Board["recent"] = [];

  if (filters.order === "recent") {
    const rows = await db.indicator.findMany({
      where: indicatorWhere,
      include: { prediction: { select: { title: true, titleFr: true } } },
      orderBy: [{ lastChangeAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip,
      take: INDICATORS_PER_PAGE,
    });
    recent = rows.map(({ prediction, ...indicator }) => ({ ...withOverdue(indicator), prediction }));
  } else {
    const rows = await db.indicator.findMany({
      where: indicatorWhere,
      orderBy: [{ prediction: { position: "asc" } }, { predictionId: "asc" }, { position: "asc" }, { id: "asc" }],
      skip,
      take: INDICATORS_PER_PAGE + 1, // one more, to know whether the last prediction goes on
    });
    const onPage = rows.slice(0, INDICATORS_PER_PAGE);
    const predictionIds = [...new Set(onPage.map((row) => row.predictionId))];
    const [parents, previous] = await Promise.all([
      db.prediction.findMany({ where: { id: { in: predictionIds } }, include: predictionInclude }),
      skip > 0
        ? db.indicator.findMany({
            where: indicatorWhere,
            orderBy: [{ prediction: { position: "asc" } }, { predictionId: "asc" }, { position: "asc" }, { id: "asc" }],
            skip: skip - 1,
            take: 1,
            select: { predictionId: true },
          })
        : Promise.resolve([]),
    ]);
    const next = rows[INDICATORS_PER_PAGE];
    predictions = predictionIds.map((id, index) => {
      const prediction = parents.find((p) => p.id === id)!;
      return {
        ...prediction,
        // The verdict always weighs every indicator; the filters only choose which are shown.
        verdict: computeVerdict(prediction, today),
        indicators: onPage.filter((row) => row.predictionId === id).map(withOverdue),
        continued: index === 0 && previous[0]?.predictionId === id,
        continues: index === predictionIds.length - 1 && next?.predictionId === id,
      };
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
