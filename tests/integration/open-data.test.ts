// The CSV export reads its rows with its own flat SQL (lib/open-data/documents.ts statusChangeExportBatches),
// for speed; each row must say exactly what the JSON API says of the same entry.
import { describe, expect, it } from "vitest";
import { statusChangeJson } from "@/lib/open-data/api";
import { getDb } from "@/lib/db";
import { historyEntryInclude } from "@/lib/status-changes/history";
import { statusChangeExportBatches } from "@/lib/open-data/documents";
import { correctStatusChange, recordStatusChange, retractStatusChange } from "@/lib/status-changes/writes";
import { change, evidence, makeIndicator, makeUser } from "./fixtures";

describe("the CSV export's rows", () => {
  it("agree with the JSON API for current, corrected, retracted and correcting entries, filters included", async () => {
    const [editor, admin, indicator, other] = await Promise.all([
      makeUser(),
      makeUser("admin"),
      makeIndicator("export"),
      makeIndicator("export-other"),
    ]);
    const twoPieces = [...evidence, { ...evidence[0], url: "https://example.org/e2", title: "E2" }];
    const { change: first } = await recordStatusChange(
      { ...change(indicator.id, 1, "IN_PROGRESS", "2026-02-01"), evidence: twoPieces },
      editor.id,
    );
    const { change: second } = await recordStatusChange(change(indicator.id, 2, "STALLED", "2026-03-01"), editor.id);
    await recordStatusChange(change(indicator.id, 3, "ACHIEVED", "2026-04-01"), editor.id);
    const { correction } = await correctStatusChange(
      { ...change(indicator.id, 4, "IN_PROGRESS", "2026-03-01"), changeId: second.id, correctionNote: "Misread." },
      editor.id,
    );
    await retractStatusChange({ changeId: first.id, version: 5, retractionNote: "Wrong indicator." }, admin.id);
    await recordStatusChange(change(other.id, 1, "IN_PROGRESS", "2026-02-15"), editor.id);

    const exported = [];
    for await (const batch of statusChangeExportBatches({ indicator: indicator.slug }, 2)) exported.push(...batch);
    const entries = await getDb().statusChange.findMany({
      where: { indicatorId: indicator.id },
      include: historyEntryInclude,
      orderBy: { id: "asc" },
    });
    expect(exported).toHaveLength(4);
    expect(exported.map((row) => row.state)).toEqual(["retracted", "corrected", "current", "current"]);
    expect(exported[1].corrected_by_id).toBe(correction.id);
    for (const [index, entry] of entries.entries()) {
      const { evidence: items, ...json } = statusChangeJson(entry);
      expect(exported[index]).toEqual({ ...json, evidence_count: items.length, evidence_urls: items.map((item) => item.url).join(" ") });
    }
    // Filters: by prediction, and by effective date.
    const byPrediction = [];
    for await (const batch of statusChangeExportBatches({ prediction: entries[0].indicator.prediction.slug })) byPrediction.push(...batch);
    expect(byPrediction.map((row) => row.id)).toEqual(entries.map((entry) => entry.id));
    const march = [];
    for await (const batch of statusChangeExportBatches({ indicator: indicator.slug, from: "2026-03-01", to: "2026-03-31" }))
      march.push(...batch);
    expect(march.map((row) => row.id)).toEqual([second.id, correction.id]);
  });
});
