import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getBoard } from "@/lib/predictions/board";
import { verdictReasonText } from "@/lib/rules/status";

const db = getDb();
const slug = `board-test-${Date.now()}`;

beforeAll(async () => {
  const source = await db.source.create({
    data: {
      title: "Board test source",
      author: "Test",
      outlet: "Test outlet",
      url: `https://example.org/${slug}`,
      publishedOn: new Date("2026-01-01"),
    },
  });
  await db.prediction.create({
    data: {
      slug,
      title: "Board test prediction",
      claim: "A claim used by the board test.",
      sourceId: source.id,
      position: 99,
      indicators: {
        create: [
          {
            slug: `${slug}-b`,
            title: "Second",
            criteria: "c",
            theme: "Theme B",
            position: 2,
            status: "IN_PROGRESS",
            targetOn: new Date("2020-01-01"),
          },
          { slug: `${slug}-a`, title: "First", criteria: "c", theme: "Theme A", position: 1, status: "ACHIEVED" },
        ],
      },
    },
  });
});

afterAll(async () => {
  await db.indicator.deleteMany({ where: { slug: { startsWith: slug } } });
  await db.prediction.deleteMany({ where: { slug } });
  await db.source.deleteMany({ where: { url: `https://example.org/${slug}` } });
});

describe("getBoard", () => {
  it("lists the seed prediction with its source and three unrated indicators", async () => {
    const board = await getBoard();
    const first = board.predictions.find((p) => p.slug === "canada-autonomous-actor-in-nato")!;
    expect(first.source.author).toBe("Andrew Latham");
    expect(first.indicators.map((i) => i.status)).toEqual(["NOT_YET_RATED", "NOT_YET_RATED", "NOT_YET_RATED"]);
    expect(first.verdict.verdict).toBe("NOT_YET_RATED");
  });

  it("orders indicators by position, flags overdue ones and computes the verdict", async () => {
    const board = await getBoard({}, new Date("2026-06-01T12:00:00Z"));
    const entry = board.predictions.find((p) => p.slug === slug)!;
    expect(entry.indicators.map((i) => i.title)).toEqual(["First", "Second"]);
    expect(entry.indicators.map((i) => i.overdue)).toEqual([false, true]);
    expect(entry.verdict.verdict).toBe("AT_RISK");
    expect(entry.verdict.reasons.map((reason) => verdictReasonText(reason))).toEqual(["Overdue: “Second”."]);
  });

  it("counts every indicator per status, whatever page is shown", async () => {
    const board = await getBoard({}, new Date("2026-06-01T12:00:00Z"));
    expect(Object.values(board.statusCounts).reduce((a, b) => a + b, 0)).toBe(await db.indicator.count());
    expect(board.total).toBe(await db.indicator.count());
    expect(board.statusCounts.ACHIEVED).toBeGreaterThanOrEqual(1);
    expect(board.overdueCount).toBeGreaterThanOrEqual(1);
  });

  it("filters by status and theme, keeps verdicts on all indicators, and pages predictions", async () => {
    const board = await getBoard({ prediction: slug, status: "ACHIEVED" }, new Date("2026-06-01T12:00:00Z"));
    expect(board.predictions).toHaveLength(1);
    expect(board.predictions[0].indicators.map((i) => i.title)).toEqual(["First"]);
    expect(board.predictions[0].verdict.verdict).toBe("AT_RISK"); // still counts the overdue "Second"
    expect(board.shown).toBe(1);
    const byTheme = await getBoard({ theme: "theme-b", prediction: slug });
    expect(byTheme.predictions[0].indicators.map((i) => i.title)).toEqual(["Second"]);
    const recent = await getBoard({ order: "recent", prediction: slug });
    expect(recent.recent.map((i) => i.title).sort()).toEqual(["First", "Second"]);
    expect(recent.pageCount).toBe(1);
  });
});
