// Invisible characters in what editors type: control characters are refused with a message that
// names them (a NUL in a URL used to reach PostgreSQL and answer 500); bidirectional controls are
// removed, so no surface can show text reordered (issue 9, findings 5 and 6).
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/writes/action-result";
import { createIndicatorSchema } from "@/lib/validation/indicator";
import { recordStatusChangeSchema } from "@/lib/validation/status-change";

const change = (overrides: Record<string, unknown> = {}, evidence: Record<string, unknown> = {}) => ({
  indicatorId: "1",
  version: "1",
  toStatus: "IN_PROGRESS",
  effectiveOn: "2026-01-01",
  summary: "Summary",
  evidence: [{ url: "https://example.org/e", title: "E", publisher: "P", publishedOn: "2026-01-01", quote: "", kind: "NEWS", ...evidence }],
  ...overrides,
});
const indicator = (overrides: Record<string, unknown> = {}) => ({
  predictionId: "1",
  slug: "arctic",
  title: "Arctic",
  criteria: "C",
  theme: "T",
  targetOn: "",
  position: "0",
  ...overrides,
});

function errors(schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error as never);
}

describe("control characters get a field message", () => {
  it("a NUL byte in a URL", () => {
    expect(errors(recordStatusChangeSchema, change({}, { url: "https://example.org/\u0000x" }))["evidence.0.url"]).toEqual([
      "Evidence URL contains an invisible control character (U+0000); remove it.",
    ]);
  });

  it("spaces and bidirectional controls in a URL", () => {
    for (const url of ["https://example.org/a b", "https://example.org/\u202Eexe.txt"]) {
      expect(errors(recordStatusChangeSchema, change({}, { url }))["evidence.0.url"]).toEqual([
        "Evidence URL cannot contain spaces or invisible characters.",
      ]);
    }
  });

  it("in a line, a paragraph and an optional paragraph", () => {
    expect(errors(createIndicatorSchema, indicator({ title: "Arc\u0007tic" })).title).toEqual([
      "Title contains an invisible control character (U+0007); remove it.",
    ]);
    expect(errors(recordStatusChangeSchema, change({ summary: "a\u0000b" })).summary).toEqual([
      "Summary contains an invisible control character (U+0000); remove it.",
    ]);
    expect(errors(recordStatusChangeSchema, change({}, { quote: "q\u009Bq" }))["evidence.0.quote"]).toEqual([
      "Quote contains an invisible control character (U+009B); remove it.",
    ]);
  });

  it("tabs and newlines are whitespace, not control characters", () => {
    const parsed = recordStatusChangeSchema.parse(change({ summary: "a\tb\r\nc" }));
    expect(parsed.summary).toBe("a\tb\nc");
    expect(createIndicatorSchema.parse(indicator({ title: "Arctic\tsecurity\n" })).title).toBe("Arctic security");
  });
});

describe("bidirectional controls are removed", () => {
  it("from titles, paragraphs and quotes; marks stay", () => {
    expect(createIndicatorSchema.parse(indicator({ title: "Arctic \u202Eevil\u202C \u2067x\u2069" })).title).toBe("Arctic evil x");
    const parsed = recordStatusChangeSchema.parse(change({ summary: "\u202Dsum\u202Amary" }, { quote: "\u200Fמחיר\u202E" }));
    expect(parsed.summary).toBe("summary");
    expect(parsed.evidence[0].quote).toBe("\u200Fמחיר");
  });
});
