// The open data's French fields, through the route handlers and a real database: `<field>_fr`
// beside every English text, null until translated, the existing v1 fields unchanged; the CSV's
// French columns after the English ones, formula-safe; hostile French text comes out as data.
import { describe, expect, it, vi } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getPredictions } from "@/app/api/v1/predictions/route";
import { GET as getStatusChanges } from "@/app/api/v1/status-changes/route";
import { GET as getStatusChangesCsv } from "@/app/api/v1/status-changes.csv/route";
import { getDb } from "@/lib/db";
import { recordStatusChange } from "@/lib/status-changes/writes";
import { change, evidence, makeIndicator, makeUser } from "./fixtures";

// The Next.js data cache (lib/http/public-cache.ts) needs a running server; here every read goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const db = getDb();
const get = async (handler: (request: Request) => Promise<Response>, path: string) => {
  const response = await handler(new Request(`http://localhost:3000${path}`));
  return { status: response.status, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()) };
};
const json = async (handler: (request: Request) => Promise<Response>, path: string) => {
  const response = await get(handler, path);
  expect(response.status, response.text).toBe(200);
  return JSON.parse(response.text).data;
};

const FORMULA = '=HYPERLINK("https://evil.example","x")';
const MARKUP = "<script>alert(1)</script> « Budget » ]]>";

describe("the open data in French", () => {
  it("gives <field>_fr beside every English text, null until translated, hostile text as data", async () => {
    const editor = await makeUser();
    const indicator = await makeIndicator("open-fr");
    await db.prediction.update({ where: { id: indicator.predictionId }, data: { titleFr: "Prédiction", claimFr: MARKUP } });
    await db.indicator.update({ where: { id: indicator.id }, data: { titleFr: "Indicateur", themeFr: "" } });
    const prediction = await db.prediction.findUniqueOrThrow({ where: { id: indicator.predictionId } });
    const { change: entry } = await recordStatusChange(
      {
        ...change(indicator.id, indicator.version, "IN_PROGRESS", "2026-02-01", "=1+1"),
        summaryFr: FORMULA,
        evidence: [{ ...evidence[0], titleFr: MARKUP }],
      },
      editor.id,
    );

    const [predictionJson] = (await json(getPredictions, "/api/v1/predictions")).filter(
      (p: { slug: string }) => p.slug === prediction.slug,
    );
    expect(predictionJson).toMatchObject({ title: prediction.title, title_fr: "Prédiction", claim: "Claim.", claim_fr: MARKUP });
    const [indicatorJson] = await json(getIndicators, `/api/v1/indicators?prediction=${prediction.slug}`);
    // A blank French text is no translation: null, as a missing one.
    expect(indicatorJson).toMatchObject({ title_fr: "Indicateur", criteria: "C.", criteria_fr: null, theme: "T", theme_fr: null });

    const [changeJson] = await json(getStatusChanges, `/api/v1/status-changes?indicator=${indicator.slug}`);
    expect(changeJson).toMatchObject({
      id: entry.id,
      summary: "=1+1",
      summary_fr: FORMULA,
      correction_note: null,
      correction_note_fr: null,
      retraction_note: null,
      retraction_note_fr: null,
      evidence: [{ title: "E1", title_fr: MARKUP }],
    });

    const csv = await get(getStatusChangesCsv, `/api/v1/status-changes.csv?indicator=${indicator.slug}`);
    expect(csv.status).toBe(200);
    const [header, row] = csv.text.slice(1).split("\r\n");
    expect(header.split(",").slice(-4)).toEqual(['"url"', '"summary_fr"', '"correction_note_fr"', '"retraction_note_fr"']);
    // Formula-safe like the English column: a leading apostrophe, quotes doubled.
    expect(row.endsWith(`,"'=HYPERLINK(""https://evil.example"",""x"")","",""`)).toBe(true);
    expect(row).toContain(`"'=1+1"`);
  });
});

describe("the French fields' documentation", () => {
  it("names the CSV's French columns as the exports write them", async () => {
    const { CSV_COLUMNS, OBSERVATION_CSV_COLUMNS } = await import("@/lib/open-data/csv");
    const { FRENCH_CSV_COLUMNS } = await import("@/lib/open-data/french-fields");
    expect(CSV_COLUMNS.map((c) => c.name).filter((name) => name.endsWith("_fr"))).toEqual([...FRENCH_CSV_COLUMNS["status-changes.csv"]]);
    expect(OBSERVATION_CSV_COLUMNS.map((c) => c.name).filter((name) => name.endsWith("_fr"))).toEqual([
      ...FRENCH_CSV_COLUMNS["observations.csv"],
    ]);
  });
});
