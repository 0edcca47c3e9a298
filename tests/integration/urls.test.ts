// Every web address the forms accept is one the database stores (its CHECK constraints on
// sources.url and evidence.url): a valid submission must never end in a database error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createSource } from "@/lib/predictions/sources";
import { recordStatusChange } from "@/lib/status-changes/writes";
import { createSourceSchema } from "@/lib/validation/source";
import { recordStatusChangeSchema } from "@/lib/validation/status-change";
import { FORMS, validValue } from "../support/form-inputs";
import { makeIndicator, makeUser, unique } from "./fixtures";

const SCHEMES = [
  "HTTPS://EXAMPLE.ORG/upper",
  "Http://example.org/mixed",
  " https://example.org/padded ",
  "https://例え.テスト/パス?q=日本",
];

describe("web addresses the forms accept", () => {
  it("are stored for sources and evidence, whatever the case of their scheme", async () => {
    const [editor, indicator] = await Promise.all([makeUser(), makeIndicator("urls")]);
    const generated = fc.sample(validValue(FORMS.source.fields.url), { numRuns: 12 });
    let version = 1;
    for (const [index, url] of [...SCHEMES, ...generated].entries()) {
      const source = createSourceSchema.parse({
        title: "T",
        author: "A",
        outlet: "O",
        url: `${url.trimEnd()}#${unique("u")}`,
        publishedOn: "2026-01-01",
        publishedPrecision: "DAY",
      });
      const saved = await createSource(source, editor.id);
      expect(saved.url, url).toBe(source.url);

      const change = recordStatusChangeSchema.parse({
        indicatorId: String(indicator.id),
        version: String(version),
        toStatus: "IN_PROGRESS",
        effectiveOn: "2026-01-02",
        summary: `URL ${index}`,
        evidence: [{ url, title: "E", publisher: "P", publishedOn: "2026-01-01", quote: "", kind: "NEWS" }],
      });
      const { change: recorded } = await recordStatusChange(change, editor.id);
      expect(recorded.evidence[0].url, url).toBe(url.trim());
      version++;
    }
    expect(await getDb().statusChange.count({ where: { indicatorId: indicator.id } })).toBe(SCHEMES.length + generated.length);
  });
});
