import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeVerdict, isOverdue, STATUSES, type Status, type VerdictResult } from "@/lib/status";
import { todayIso } from "@/lib/dates";

const boardInclude = {
  source: true,
  indicators: { orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.PredictionInclude;

/** Every prediction with its source and indicators, in board order. */
export async function listPredictionsForBoard() {
  return getDb().prediction.findMany({
    include: boardInclude,
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

type BoardPrediction = Awaited<ReturnType<typeof listPredictionsForBoard>>[number];

export type BoardIndicator = BoardPrediction["indicators"][number] & { overdue: boolean };
export type BoardEntry = Omit<BoardPrediction, "indicators"> & {
  indicators: BoardIndicator[];
  verdict: VerdictResult;
};

export type Board = {
  predictions: BoardEntry[];
  statusCounts: Record<Status, number>;
  overdueCount: number;
  generatedAt: Date;
};

/** The status board: predictions with verdicts, overdue flags and counts, as of now. */
export async function getBoard(now: Date = new Date()): Promise<Board> {
  const today = todayIso(now);
  const predictions = await listPredictionsForBoard();
  const statusCounts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  let overdueCount = 0;

  const entries = predictions.map((prediction) => {
    const indicators = prediction.indicators.map((indicator) => {
      const overdue = isOverdue(indicator, today);
      statusCounts[indicator.status] += 1;
      if (overdue) overdueCount += 1;
      return { ...indicator, overdue };
    });
    return { ...prediction, indicators, verdict: computeVerdict({ ...prediction, indicators }, today) };
  });

  return { predictions: entries, statusCounts, overdueCount, generatedAt: now };
}
