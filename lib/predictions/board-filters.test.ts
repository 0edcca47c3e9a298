import { describe, expect, it } from "vitest";
import { boardHref, boardView, parseBoardFilters, parseBoardView, themeSlug } from "@/lib/predictions/board-filters";

describe("board filters", () => {
  it("keep valid values in a fixed order and drop the rest", () => {
    const filters = parseBoardFilters(new URLSearchParams("order=recent&status=STALLED&theme=arctic-security&prediction=p-1&x=1"));
    expect(filters).toEqual({ prediction: "p-1", theme: "arctic-security", status: "STALLED", order: "recent" });
    expect(boardHref(filters)).toBe("/?prediction=p-1&theme=arctic-security&status=STALLED&order=recent");
    expect(parseBoardFilters(new URLSearchParams("status=stalled&theme=../etc&order=oldest&prediction=A B"))).toEqual({});
  });

  it("keep an overdue-only flag as overdue=1", () => {
    const filters = parseBoardFilters(new URLSearchParams("order=recent&overdue=1&theme=arctic-security"));
    expect(filters).toEqual({ theme: "arctic-security", overdue: true, order: "recent" });
    expect(boardHref(filters)).toBe("/?theme=arctic-security&overdue=1&order=recent");
    for (const value of ["true", "0", "yes", ""]) expect(parseBoardFilters(new URLSearchParams(`overdue=${value}`))).toEqual({});
    expect(parseBoardView(boardView({ overdue: true }))).toEqual({ overdue: true });
  });

  it("keep a page number from 2 up", () => {
    expect(parseBoardFilters(new URLSearchParams("page=3"))).toEqual({ page: 3 });
    for (const page of ["1", "0", "-2", "02", "x", "1.5", "99999999"])
      expect(parseBoardFilters(new URLSearchParams(`page=${page}`))).toEqual({});
    expect(boardHref({ status: "STALLED", page: 2 })).toBe("/?status=STALLED&page=2");
  });

  it("round-trip through the cached view key, which must be canonical", () => {
    expect(boardView({})).toBe("all");
    expect(parseBoardView("all")).toEqual({});
    expect(parseBoardView(boardView({ status: "ACHIEVED", order: "recent" }))).toEqual({ status: "ACHIEVED", order: "recent" });
    expect(parseBoardView("order=recent&status=ACHIEVED")).toBeNull();
    expect(parseBoardView("anything")).toBeNull();
  });

  it("turn themes into URL slugs", () => {
    expect(themeSlug("Arctic security")).toBe("arctic-security");
    expect(themeSlug("  Défense & procurement! ")).toBe("defense-procurement");
  });
});
