// Property-based tests (fast-check) of every validator and of the text renderers: whatever comes
// in, nothing throws, nothing invalid gets through, and no markup or unsafe link comes out.
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { Markdown } from "@/components/markdown";
import { decodeCursor, encodeCursor, statusChangesQuery } from "@/lib/open-data/api";
import { boardQuery, boardView, parseBoardFilters, parseBoardView } from "@/lib/predictions/board-filters";
import { csvField } from "@/lib/open-data/csv";
import { fieldErrorsOf } from "@/lib/writes/action-result";
import { formDataToObject } from "@/lib/writes/form-data";
import { toHtml, toPlainText } from "@/lib/text/markdown";
import { createIndicatorSchema, updateIndicatorSchema } from "@/lib/validation/indicator";
import { isSlug, parseId } from "@/lib/validation/fields";
import { parseForm } from "@/lib/validation/issues";
import { emailSchema, loginSchema } from "@/lib/validation/login";
import { createPredictionSchema, updatePredictionSchema } from "@/lib/validation/prediction";
import { createSourceSchema, updateSourceSchema } from "@/lib/validation/source";
import { correctStatusChangeSchema, recordStatusChangeSchema, retractStatusChangeSchema } from "@/lib/validation/status-change";
import { createUserSchema, passwordSchema, updateUserSchema } from "@/lib/validation/user";
import { EVIDENCE, evidenceOf, FORMS, invalidForm, stored, submitted, validForm, type Form } from "../support/form-inputs";

const RUNS = 400;
let cases = 0;
afterAll(() => console.log(`property tests (validators and renderers): ${cases} generated cases`));

/** Asserts `property` on `numRuns` generated cases, counting them. */
function holds<Ts>(property: fc.IProperty<Ts>, numRuns = RUNS) {
  fc.assert(property, { numRuns, plugins: [fc.beforeEach(() => void cases++)] });
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Strings that look like attacks, mixed into ordinary generated text.
const hostile = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "]]>",
    "&amp;",
    '"',
    "'",
    "\u0000",
    "\u0007",
    "\u202E",
    "🇨🇦",
    "../../etc/passwd",
    "%2e%2e%2f",
    "[x](javascript:alert(1))",
    "[x](data:text/html,x)",
    "<img src=x onerror=alert(1)>",
    "**",
    "_",
    "\n\n- ",
    "2026-02-30",
    "1e309",
    "-1",
    "__proto__",
    "constructor",
    " ",
  ),
  fc.string(),
  fc.string({ unit: "grapheme" }),
);
const text = fc.array(hostile, { maxLength: 6 }).map((parts) => parts.join(""));
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(text, { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const valid = {
  source: { title: "T", author: "A", outlet: "O", url: "https://example.org/a", publishedOn: "2026-01-01", publishedPrecision: "DAY" },
  prediction: { slug: "a-b", title: "T", claim: "C", sourceId: "1", horizonOn: "", position: "0" },
  indicator: { predictionId: "1", slug: "a-b", title: "T", criteria: "C", theme: "T", targetOn: "", position: "0" },
  change: {
    indicatorId: "1",
    version: "1",
    toStatus: "IN_PROGRESS",
    effectiveOn: "2026-01-01",
    summary: "S",
    evidence: [{ url: "https://example.org/e", title: "E", publisher: "P", publishedOn: "2026-01-01", quote: "", kind: "NEWS" }],
  },
  user: { email: "a@example.org", name: "N", role: "EDITOR", password: "a long password" },
};

function* strings(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === "object") for (const item of Object.values(value)) yield* strings(item);
}

/** Whatever the input, safeParse must not throw, and what passes must be clean. */
function checkSchema(
  name: string,
  schema: { safeParse: (input: unknown) => { success: boolean; data?: unknown } },
  base: Record<string, unknown>,
) {
  it(`${name}: never throws; what passes is clean and within limits`, () => {
    const mutated = fc.record({ field: fc.constantFrom(...Object.keys(base), "unknownField", "evidence"), value: anyValue });
    holds(
      fc.property(
        fc.oneof(
          anyValue,
          mutated.map(({ field, value }) => ({ ...base, [field]: value })),
          fc.dictionary(text, anyValue, { maxKeys: 5 }),
        ),
        (input) => {
          const result = schema.safeParse(input);
          if (!result.success) return;
          const { password: _secret, ...checked } = result.data as Record<string, unknown>; // passwords are taken as typed
          for (const value of strings(checked)) {
            expect(value).not.toMatch(CONTROL);
            expect([...value].length).toBeLessThanOrEqual(4000); // zod counts code points
          }
          for (const [key, value] of Object.entries(result.data as Record<string, unknown>)) {
            if (/url$/i.test(key)) expect(String(value)).toMatch(/^https?:\/\//);
          }
        },
      ),
    );
  });
}

describe("validators", () => {
  checkSchema("source (create)", createSourceSchema, valid.source);
  checkSchema("source (update)", updateSourceSchema, { ...valid.source, id: "1", version: "1" });
  checkSchema("prediction (create)", createPredictionSchema, valid.prediction);
  checkSchema("prediction (update)", updatePredictionSchema, { ...valid.prediction, id: "1", version: "1" });
  checkSchema("indicator (create)", createIndicatorSchema, valid.indicator);
  checkSchema("indicator (update)", updateIndicatorSchema, { ...valid.indicator, id: "1", version: "1" });
  checkSchema("status change", recordStatusChangeSchema, valid.change);
  checkSchema("correction", correctStatusChangeSchema, { ...valid.change, indicatorId: undefined, changeId: "1", correctionNote: "N" });
  checkSchema("retraction", retractStatusChangeSchema, { changeId: "1", version: "1", retractionNote: "N" });
  checkSchema("user (create)", createUserSchema, valid.user);
  checkSchema("user (update)", updateUserSchema, { id: "1", version: "1", role: "EDITOR", active: "true" });
  checkSchema("login", loginSchema, { email: "a@example.org", password: "x" });
  checkSchema("API status-changes query", statusChangesQuery, { indicator: "a-b", from: "2026-01-01" });

  it("evidence URLs are http(s) only, whatever is typed", () => {
    holds(
      fc.property(text, (url) => {
        const result = recordStatusChangeSchema.safeParse({ ...valid.change, evidence: [{ ...valid.change.evidence[0], url }] });
        if (result.success) expect(new URL(result.data.evidence[0].url).protocol).toMatch(/^https?:$/);
      }),
    );
  });
});

// Valid submissions, as a form posts them (FormData through lib/writes/form-data.ts, as every action
// does): hostile but allowed text must be accepted and come out exactly as cleaned. Invalid ones
// (a valid submission with one field wrong) must be refused on that field alone, with its message.
const SCHEMAS: [keyof typeof FORMS, ZodLike][] = [
  ["source", createSourceSchema],
  ["sourceUpdate", updateSourceSchema],
  ["prediction", createPredictionSchema],
  ["predictionUpdate", updatePredictionSchema],
  ["indicator", createIndicatorSchema],
  ["indicatorUpdate", updateIndicatorSchema],
  ["statusChange", recordStatusChangeSchema],
  ["correction", correctStatusChangeSchema],
  ["retraction", retractStatusChangeSchema],
  ["user", createUserSchema],
  ["userUpdate", updateUserSchema],
];
type ZodLike = { safeParse: (input: unknown) => { success: boolean; data?: unknown; error?: z.ZodError } };

/** What the schema gives for a field, in the form `stored` predicts it (dates as YYYY-MM-DD). */
function asStored(value: unknown) {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

describe("valid submissions: accepted, text exactly as cleaned", () => {
  for (const [name, schema] of SCHEMAS) {
    it(`${name}`, () => {
      const form: Form = FORMS[name];
      holds(
        fc.property(validForm(form), (values) => {
          const result = schema.safeParse(submitted(values));
          expect(result.error?.issues ?? [], JSON.stringify(values)).toEqual([]);
          const data = result.data as Record<string, unknown>;
          for (const [field, spec] of Object.entries(form.fields)) {
            const expected = field === "active" ? values[field] === "true" : stored(spec, values[field]);
            expect(asStored(data[field]), field).toEqual(expected);
          }
          if (form.evidence) {
            const items = evidenceOf(values);
            expect((data.evidence as unknown[]).length).toBe(items.length);
            for (const [index, item] of items.entries()) {
              const parsed = (data.evidence as Record<string, unknown>[])[index];
              for (const [field, spec] of Object.entries(EVIDENCE))
                expect(asStored(parsed[field]), `evidence.${index}.${field}`).toEqual(stored(spec, item[field]));
            }
          }
        }),
        150,
      );
    });
  }
});

describe("invalid submissions: refused on the wrong field, with its message", () => {
  for (const [name, schema] of SCHEMAS) {
    it(`${name}`, () => {
      holds(
        fc.property(invalidForm(FORMS[name]), ({ values, key, message }) => {
          // Parsed as formAction parses (lib/validation/issues.ts): zod's own issues in the editor's words.
          const result = parseForm(schema as unknown as z.ZodType, submitted(values));
          expect(result.success, `${key} ${JSON.stringify(values[key])}`).toBe(false);
          const errors = fieldErrorsOf(result.error!);
          expect(Object.keys(errors), `${key} ${JSON.stringify(values[key])}`).toEqual([key]);
          expect(errors[key], `${key} ${JSON.stringify(values[key])}`).toContainEqual(
            typeof message === "string" ? message : expect.stringMatching(message),
          );
        }),
        200,
      );
    });
  }
});

describe("route inputs (addresses, query strings, cursors)", () => {
  const queryString = fc.array(
    fc.tuple(
      fc.oneof(text, fc.constantFrom("prediction", "theme", "status", "overdue", "order", "page")),
      fc.oneof(text, fc.constantFrom("STALLED", "recent", "1", "2", "99999", "a-b")),
    ),
    { maxLength: 8 },
  );

  it("board filters: any query string gives canonical filters, and the cached view round-trips", () => {
    holds(
      fc.property(queryString, (pairs) => {
        const filters = parseBoardFilters(new URLSearchParams(pairs));
        const query = boardQuery(filters);
        expect(parseBoardFilters(new URLSearchParams(query))).toEqual(filters); // canonical is a fixed point
        expect(parseBoardView(boardView(filters))).toEqual(filters);
        if (filters.prediction) expect(isSlug(filters.prediction)).toBe(true);
        if (filters.theme) expect(isSlug(filters.theme)).toBe(true);
      }),
    );
  });

  it("board views that are not canonical are refused, never thrown on", () => {
    holds(
      fc.property(text, (view) => {
        const filters = parseBoardView(view);
        if (filters) expect(boardView(filters)).toBe(view);
      }),
    );
  });

  it("cursors: garbage decodes to null, real ones round-trip", () => {
    holds(
      fc.property(text, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (garbage, id) => {
        const decoded = decodeCursor(garbage);
        if (decoded !== null) expect(Number.isSafeInteger(decoded) && decoded > 0).toBe(true);
        expect(decodeCursor(encodeCursor(id))).toBe(id);
      }),
    );
  });

  it("ids and slugs from addresses: positive integers and lower-case slugs only", () => {
    holds(
      fc.property(text, (value) => {
        const id = parseId(value);
        if (id !== null) expect(Number.isSafeInteger(id) && id > 0 && id <= 2 ** 31 - 1).toBe(true);
        if (isSlug(value)) expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
    );
  });

  it("emails and passwords: never throw; accepted emails are lower-case and trimmed", () => {
    holds(
      fc.property(anyValue, (value) => {
        const email = emailSchema.safeParse(value);
        if (email.success) expect(email.data).toBe(email.data.trim().toLowerCase());
        passwordSchema.safeParse(value);
      }),
    );
  });
});

describe("form data", () => {
  it("turns any field names into plain objects without touching prototypes or building huge lists", () => {
    holds(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(
              text,
              fc.constantFrom("__proto__.x", "a.__proto__.polluted", "evidence.99999999.url", "evidence.0.url", "a.b.c", "$ACTION_ID_x"),
            ),
            text,
          ),
          { maxLength: 12 },
        ),
        (pairs) => {
          const form = new FormData();
          for (const [name, value] of pairs) form.append(name, value);
          const result = formDataToObject(form);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(JSON.stringify(result).length).toBeLessThan(100_000);
        },
      ),
    );
  });
});

const ALLOWED_TAGS = new Set(["p", "br", "ul", "li", "strong", "em", "a", "div"]);

function expectSafeHtml(html: string) {
  for (const match of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, tag, attributes] = match;
    expect(ALLOWED_TAGS.has(tag.toLowerCase()), `tag <${tag}> in ${html}`).toBe(true);
    for (const attribute of attributes.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)) {
      const [, name, value] = attribute;
      expect(["href", "rel", "class"], `attribute ${name}`).toContain(name);
      if (name === "href") expect(value, html).toMatch(/^https?:\/\//);
    }
  }
  expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
}

describe("rendering editor text", () => {
  it("the feeds' HTML and the pages' React output contain only the safe subset", () => {
    holds(
      fc.property(text, (source) => {
        expectSafeHtml(toHtml(source));
        expectSafeHtml(renderToStaticMarkup(createElement(Markdown, { source })));
        expect(typeof toPlainText(source)).toBe("string");
      }),
      RUNS * 2,
    );
  });

  it("CSV fields are quoted and never start a formula", () => {
    holds(
      fc.property(text, (value) => {
        const field = csvField(value);
        expect(field.startsWith('"') && field.endsWith('"')).toBe(true);
        expect(field.slice(1, -1).replace(/""/g, "")).not.toContain('"');
        expect(field.slice(1)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
