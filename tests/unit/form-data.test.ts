// The form parser every server action uses (lib/writes/form-data.ts): dotted names become nested objects
// and lists, in time linear in the request, whatever a hand-made request claims.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formDataToObject, MAX_FIELDS, MAX_LIST_LENGTH, parseFormFields } from "@/lib/writes/form-data";

/** The fields as an action reads them, posted as a form in this order (a name may repeat). */
const submit = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return formDataToObject(data);
};

describe("formDataToObject", () => {
  it("nests dotted names into objects and lists, without holes", () => {
    const parsed = submit([
      ["indicatorId", "7"],
      ["evidence.0.url", "https://example.org/a"],
      ["evidence.2.url", "https://example.org/c"],
      ["evidence.0.title", "A"],
      ["$ACTION_ID_abc", ""],
    ]);
    expect(parsed).toEqual({
      indicatorId: "7",
      evidence: [{ url: "https://example.org/a", title: "A" }, { url: "https://example.org/c" }],
    });
  });

  it("keeps list order by index, not by arrival", () => {
    expect(
      submit([
        ["x.10", "b"],
        ["x.2", "a"],
      ]),
    ).toEqual({ x: ["a", "b"] });
  });

  // The attack of issue 9, finding 1: a list whose "length" is set to a huge number made the old
  // parser walk hundreds of millions of holes (5 s for 300,000,000; 4294967295 was accepted).
  it("ignores a list's claimed length: no huge sparse lists", () => {
    for (const length of ["300000000", "4294967295", "1e9"]) {
      const started = performance.now();
      const parsed = submit([
        ["x.0", "a"],
        ["x.length", length],
      ]);
      expect(performance.now() - started).toBeLessThan(250);
      expect(JSON.stringify(parsed).length).toBeLessThan(100);
    }
  });

  it("drops names that no form of ours sends: prototype keys, big or odd indexes, deep or long names", () => {
    const parsed = submit([
      ["__proto__.polluted", "1"],
      ["constructor.prototype.polluted", "1"],
      ["a.__proto__", "1"],
      [`x.${MAX_LIST_LENGTH}`, "too far"],
      ["x.01", "leading zero"],
      ["x.-1", "negative"],
      ["a.b.c.d.e.f.g", "too deep"],
      ["n".repeat(300), "too long"],
      ["ok", "yes"],
    ]);
    expect(parsed).toEqual({ ok: "yes" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a name used both as a value and as a list or object keeps the first use", () => {
    expect(
      submit([
        ["a", "1"],
        ["a.0", "2"],
        ["b.0", "x"],
        ["b.k", "y"],
        ["c.k", "y"],
        ["c.0", "x"],
      ]),
    ).toEqual({
      a: "1",
      b: ["x"],
      c: { k: "y" },
    });
  });

  it(`reads at most ${MAX_FIELDS} fields`, () => {
    const entries = Array.from({ length: MAX_FIELDS + 50 }, (_, i) => [`f${i}`, "v"] as [string, string]);
    expect(Object.keys(submit(entries))).toHaveLength(MAX_FIELDS);
  });

  it("is empty for anything that is not a FormData", () => {
    expect(formDataToObject("x")).toEqual({});
    expect(formDataToObject(null)).toEqual({});
  });
});

// Linear time, shown without a clock (these machines are shared and noisy): the parser counts its
// steps, and for any input they stay within a constant factor of the input's size.
describe("parse cost", () => {
  const segment = fc.oneof(
    fc.constantFrom(
      "length",
      "__proto__",
      "constructor",
      "0",
      "1",
      "99",
      "100",
      "300000000",
      "4294967295",
      "01",
      "-1",
      "1e9",
      "evidence",
      "url",
      "",
    ),
    fc.nat({ max: 200 }).map(String),
    fc.string({ maxLength: 12 }),
  );
  const name = fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join("."));
  const entries = fc.array(fc.tuple(name, fc.string({ maxLength: 20 })), { maxLength: 400 });

  it("steps grow linearly with the input, whatever it claims", () => {
    let cases = 0;
    fc.assert(
      fc.property(entries, (input) => {
        cases++;
        const meter = { steps: 0 };
        parseFormFields(input, meter);
        const size = input.reduce((total, [key]) => total + key.length + 1, 0);
        expect(meter.steps).toBeLessThanOrEqual(4 * size + 8);
      }),
      { numRuns: 500 },
    );
    expect(cases).toBe(500);
  });
});
