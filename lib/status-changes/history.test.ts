import { describe, expect, it } from "vitest";
import { transitionTitle } from "@/lib/status-changes/history";

describe("transitionTitle", () => {
  it("says a status change in English", () => {
    expect(transitionTitle("Arctic security", "NOT_YET_RATED", "IN_PROGRESS")).toBe("Arctic security: Not yet rated → In progress");
  });

  it("says it in French with French labels and a non-breaking space before the colon", () => {
    expect(transitionTitle("Sécurité arctique", "NOT_YET_RATED", "IN_PROGRESS", "fr-CA")).toBe(
      "Sécurité arctique\u00A0: Pas encore évalué → En cours",
    );
    expect(transitionTitle("X", "STALLED", "PARTIALLY_ACHIEVED", "fr-CA")).toBe("X\u00A0: Au point mort → Partiellement atteint");
  });

  it("keeps a title's braces, quotes and markup as they are (they are values, not messages)", () => {
    expect(transitionTitle("{title} 'q' <b>", "ACHIEVED", "ABANDONED", "fr-CA")).toBe("{title} 'q' <b>\u00A0: Atteint → Abandonné");
  });
});
