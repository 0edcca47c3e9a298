// The record-a-value form as the action reads it (lib/writes/form-data.ts, then the zod schema):
// an unchecked "Estimate" box sends nothing, which must read as false, not as a missing field.
import { describe, expect, it } from "vitest";
import { recordObservationSchema } from "@/lib/validation/metric";
import { parseFormFields } from "@/lib/writes/form-data";

const fields = {
  metricId: "4",
  version: "2",
  period: "2022",
  value: "1.2",
  stage: "DELIVERED",
  note: "",
  "evidence.0.url": "https://example.org/report",
  "evidence.0.title": "Fictional report",
  "evidence.0.publisher": "Fictional Office",
  "evidence.0.publishedOn": "2025-01-10",
  "evidence.0.kind": "OFFICIAL",
  "evidence.0.quote": "",
};
const parse = (extra: Record<string, string> = {}) =>
  recordObservationSchema.safeParse(parseFormFields(Object.entries({ ...fields, ...extra })));

describe("the record-a-value form", () => {
  it("reads an unchecked estimate box (no field sent) as not an estimate", () => {
    const result = parse();
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toMatchObject({ estimate: false, note: null, period: { kind: "YEAR", label: "2022" } });
  });

  it("reads a checked box as an estimate, and refuses anything else", () => {
    expect(parse({ estimate: "on" }).data?.estimate).toBe(true);
    expect(parse({ estimate: "yes please" }).success).toBe(false);
  });

  it("refuses a period that does not parse, on the period field", () => {
    const result = parse({ period: "2025-Q5" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["period"]);
  });
});
