import { describe, expect, it } from "vitest";
import { englishPath } from "@/components/language-switch";

// The language switch's target, as the server draws it: for the board, the router reports the
// address without its query ("/", "/fr"), and the filters come from its route segment.
describe("englishPath", () => {
  it("takes the board's filters from its view segment", () => {
    expect(englishPath("/", ["board", "status%3DSTALLED"])).toBe("/?status=STALLED");
    expect(englishPath("/fr", ["board", "prediction%3Dx%26order%3Drecent"])).toBe("/?prediction=x&order=recent");
    expect(englishPath("/fr", ["board", "status=STALLED"])).toBe("/?status=STALLED");
    expect(englishPath("/", ["board", "all"])).toBe("/");
  });

  it("keeps any other page's path, without its language prefix", () => {
    expect(englishPath("/fr/indicators/x", ["indicators", "x"])).toBe("/indicators/x");
    expect(englishPath("/indicators/x/history/2", ["indicators", "x", "history", "2"])).toBe("/indicators/x/history/2");
    expect(englishPath("/fr", [])).toBe("/");
  });
});
