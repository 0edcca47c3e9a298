import { describe, expect, it } from "vitest";
import {
  checkedPageCount,
  containsText,
  listHref,
  pageCount,
  parseIndicatorList,
  parseList,
  parsePage,
} from "@/lib/predictions/admin-lists";

describe("admin list parameters", () => {
  it("reads a valid state", () => {
    expect(parseIndicatorList({ q: "  Arctic   patrol ", prediction: "12", status: "STALLED", page: "3" })).toEqual({
      state: { q: "Arctic patrol", prediction: 12, status: "STALLED", page: 3 },
      problems: [],
    });
    expect(parseList({})).toEqual({ state: { q: undefined, page: 1 }, problems: [] });
  });

  it("ignores each bad parameter with a message naming it, and keeps the good ones", () => {
    const { state, problems } = parseIndicatorList({ q: "x".repeat(201), prediction: "-1", status: "DONE", page: "0", saved: "1" });
    expect(state).toEqual({ q: undefined, page: 1 });
    expect(problems).toEqual([
      "The search is longer than 200 characters and is ignored.",
      "“0” is not a page number (1 to 100,000); showing the first page.",
      "“-1” is not a prediction; showing every prediction’s indicators.",
      "“DONE” is not a status; showing every status.",
    ]);
  });

  it.each(["abc", "1.5", "1e3", "0x10", "-2", "01", "100001", "99999999999999999999", " 2"])("refuses page %j", (page) => {
    const problems: string[] = [];
    expect(parsePage(page, problems)).toBe(1);
    expect(problems).toHaveLength(1);
  });

  it("takes the first of a repeated parameter, and drops control characters from the search", () => {
    expect(parseIndicatorList({ q: ["a", "b"], page: ["2", "3"] }).state).toEqual({ q: "a", page: 2 });
    expect(parseList({ q: "\u0000\u0085" }).state.q).toBeUndefined();
  });

  it("writes addresses in a fixed order without empty parameters or page 1", () => {
    expect(listHref("/admin", { q: "a b", prediction: 3, status: undefined, page: 1 })).toBe("/admin?q=a+b&prediction=3");
    expect(listHref("/admin", { q: undefined, page: 4 })).toBe("/admin?page=4");
    expect(listHref("/admin/sources", {})).toBe("/admin/sources");
  });

  it("counts pages, at least one", () => {
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50)]).toEqual([1, 1, 2]);
  });

  it("names a page past the last", () => {
    const problems: string[] = [];
    expect(checkedPageCount(2, 51, 50, problems)).toBe(2);
    expect(problems).toEqual([]);
    expect(checkedPageCount(3, 51, 50, problems)).toBe(2);
    expect(problems).toEqual(["Page 3 is past the last page (2)."]);
  });

  it("escapes LIKE's wildcards in search text", () => {
    expect(containsText("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});
