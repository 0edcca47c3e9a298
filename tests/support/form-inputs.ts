// Generated form submissions for property tests (tests/unit/validation.property.test.ts) and for the
// server actions over HTTP (tests/e2e/bad-input.spec.ts): valid ones, full of hostile but allowed
// text, that must be accepted and saved exactly as cleaned; and invalid ones, each a valid form
// with one field made wrong, that must be refused with that field's own message.
// The forms below restate the schemas of lib/validation/ on purpose: a test oracle written apart.
import fc from "fast-check";
import { formDataToObject } from "@/lib/writes/form-data";

export type Field =
  | { kind: "line" | "paragraph" | "optionalLine" | "optionalParagraph"; label: string; max: number }
  | { kind: "url"; label: string }
  | { kind: "date"; label: string; past: boolean }
  | { kind: "optionalDate"; label: string }
  | { kind: "slug" | "id" | "version" | "position" | "email" | "password" }
  | { kind: "choice"; values: readonly string[]; message: string };

export type Form = { fields: Record<string, Field>; evidence?: boolean };

const line = (label: string, max: number): Field => ({ kind: "line", label, max });
const paragraph = (label: string, max: number): Field => ({ kind: "paragraph", label, max });
// French versions: optional, with their English twin's limit.
const optionalLine = (label: string, max: number): Field => ({ kind: "optionalLine", label, max });
const optionalParagraph = (label: string, max: number): Field => ({ kind: "optionalParagraph", label, max });
const STATUSES = ["NOT_YET_RATED", "IN_PROGRESS", "STALLED", "PARTIALLY_ACHIEVED", "ACHIEVED", "ABANDONED"] as const;
const toStatus: Field = { kind: "choice", values: STATUSES, message: "Choose a status." };
const ROLE: Field = { kind: "choice", values: ["ADMIN", "EDITOR"], message: "Choose a role." };

export const EVIDENCE: Record<string, Field> = {
  url: { kind: "url", label: "Evidence URL" },
  title: line("Evidence title", 300),
  titleFr: optionalLine("French evidence title", 300),
  publisher: line("Publisher", 200),
  publishedOn: { kind: "date", label: "Evidence date", past: true },
  quote: { kind: "optionalParagraph", label: "Quote", max: 600 },
  kind: { kind: "choice", values: ["OFFICIAL", "NEWS", "ANALYSIS"], message: "Choose what kind of evidence this is." },
};
export const MAX_EVIDENCE = 10;

const source: Form["fields"] = {
  title: line("Title", 300),
  author: line("Author", 200),
  outlet: line("Outlet", 200),
  url: { kind: "url", label: "URL" },
  publishedOn: { kind: "date", label: "Publication date", past: true },
  publishedPrecision: { kind: "choice", values: ["DAY", "MONTH", "YEAR"], message: "Choose how precise the publication date is." },
};
const prediction: Form["fields"] = {
  slug: { kind: "slug" },
  title: line("Title", 200),
  claim: paragraph("Claim", 2000),
  titleFr: optionalLine("French title", 200),
  claimFr: optionalParagraph("French claim", 2000),
  sourceId: { kind: "id" },
  horizonOn: { kind: "optionalDate", label: "Horizon" },
  position: { kind: "position" },
};
const indicator: Form["fields"] = {
  predictionId: { kind: "id" },
  slug: { kind: "slug" },
  title: line("Title", 200),
  criteria: paragraph("Criteria", 4000),
  theme: line("Theme", 80),
  titleFr: optionalLine("French title", 200),
  criteriaFr: optionalParagraph("French criteria", 4000),
  themeFr: optionalLine("French theme", 80),
  targetOn: { kind: "optionalDate", label: "Target date" },
  position: { kind: "position" },
};
const change: Form["fields"] = {
  toStatus,
  effectiveOn: { kind: "date", label: "Effective date", past: true },
  summary: paragraph("Summary", 4000),
  summaryFr: optionalParagraph("French summary", 4000),
};

export const FORMS = {
  source: { fields: source },
  sourceUpdate: { fields: { id: { kind: "id" }, version: { kind: "version" }, ...source } },
  prediction: { fields: prediction },
  predictionUpdate: { fields: { id: { kind: "id" }, version: { kind: "version" }, ...prediction } },
  indicator: { fields: indicator },
  indicatorUpdate: { fields: { id: { kind: "id" }, version: { kind: "version" }, ...indicator } },
  statusChange: { fields: { indicatorId: { kind: "id" }, version: { kind: "version" }, ...change }, evidence: true },
  correction: {
    fields: {
      changeId: { kind: "id" },
      version: { kind: "version" },
      ...change,
      correctionNote: paragraph("Correction note", 2000),
      correctionNoteFr: optionalParagraph("French correction note", 2000),
    },
    evidence: true,
  },
  retraction: {
    fields: {
      changeId: { kind: "id" },
      version: { kind: "version" },
      retractionNote: paragraph("Retraction note", 2000),
      retractionNoteFr: optionalParagraph("French retraction note", 2000),
    },
  },
  user: { fields: { email: { kind: "email" }, name: line("Name", 100), role: ROLE, password: { kind: "password" } } },
  userUpdate: {
    fields: {
      id: { kind: "id" },
      version: { kind: "version" },
      role: ROLE,
      active: { kind: "choice", values: ["true", "false"], message: "Choose whether the account is active." },
    },
  },
} satisfies Record<string, Form>;

// ---- Valid values ----

// Left out of "valid" text: control characters (refused or removed by design), bidi controls (how
// they are handled is being decided, issue 9) and lone surrogates (not Unicode text; forms cannot
// send them). Noncharacters (U+FFFF…) stay in: they are stored as typed (the feeds drop them).
function allowed(codePoint: number) {
  if (codePoint <= 0x1f) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint >= 0x7f && codePoint <= 0x9f) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return !(
    [0x061c, 0x200e, 0x200f].includes(codePoint) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}
export const onlyAllowed = (text: string) => [...text].filter((char) => allowed(char.codePointAt(0)!)).join("");

// Hostile but allowed: markup, CDATA ends, entities, quotes, injection shapes, Markdown, formulas,
// emoji (with joiners and modifiers), combining marks, right-to-left scripts, odd whitespace.
const PIECES = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "</title><link>https://evil.example/</link>",
  "]]>",
  "A ]]> B ]]> C",
  "<![CDATA[",
  "&amp;",
  "&",
  "&#0;",
  "&lt;b&gt;",
  '"',
  "'",
  "“quoted”",
  "‘single’",
  "«guillemets»",
  "`code`",
  "\\",
  "${x}",
  "{{x}}",
  "'; DROP TABLE users; --",
  "🇨🇦",
  "👩🏽‍🚀",
  "\uFFFF",
  "\u{10FFFF}",
  "e\u0301",
  "A\u030A",
  "ﬁ",
  "ß",
  "İ",
  "日本語",
  "العربية",
  "עברית",
  "Ελληνικά",
  "\u00A0",
  "\u200B",
  "\uFEFF",
  "\u3000",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "  ",
  "**bold**",
  "_it_",
  "[link](https://example.org/a?b=1&c=2)",
  "[x](javascript:alert(1))",
  "- item\n- item",
  "%00",
  "%2e%2e%2f",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "=cmd|' /C calc'!A0",
  "+1",
  "@SUM(1)",
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).map(onlyAllowed) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }).map(onlyAllowed) },
);

/**
 * What allowed text is stored as, stated apart from lib/validation/fields.ts's cleanText: composed
 * (NFC), line breaks as \n, a line's runs of white space as one space, trimmed.
 */
export function cleanedText(text: string, { multiline = false } = {}) {
  const composed = text.normalize("NFC").replace(/\r\n?/g, "\n");
  return (multiline ? composed : composed.replace(/\s+/g, " ")).trim();
}
const cleaned = (text: string, multiline: boolean) => cleanedText(text, { multiline });
// Limits count characters as zod does: Unicode code points (an emoji flag is two, "é" one or two).
export const characters = (text: string) => [...text].length;

/** Repeats `unit` (padding with "x") into text that is exactly `length` characters once cleaned. */
export function filled(unit: string, length: number, multiline = false) {
  const size = (text: string) => characters(cleaned(text, multiline));
  const per = Math.max(1, size(unit.repeat(10)) / 10);
  let text = unit.repeat(Math.floor(length / per));
  while (text && size(text) > length) text = text.slice(0, -unit.length);
  while (size(text) < length) text += "x";
  return text;
}

/** Allowed text: 1 to `max` characters once cleaned, some of it exactly `max` or just under. */
export function validText(max: number, multiline = false) {
  const mixed = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));
  const long = fc
    .tuple(fc.constantFrom("a", "é", "e\u0301", "<", "&", '"', "日", "🇨🇦", "\u00A0x", "]]>"), fc.integer({ min: 0, max: 2 }))
    .map(([unit, short]) => filled(unit, max - short, multiline));
  return fc.oneof({ weight: 4, arbitrary: mixed }, { weight: 1, arbitrary: long }).filter((text) => {
    const length = characters(cleaned(text, multiline));
    return length >= 1 && length <= max;
  });
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 24 * 60 * 60 * 1000;
// Up to yesterday: "today" on the server and here may straddle midnight.
const pastDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date(Date.now() - DAY), noInvalidDate: true }).map(isoDay);
const anyDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }).map(isoDay);
const slugPart = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const urlTail = fc.constantFrom(
  "",
  '/a?b=<script>alert(1)</script>&c="d"\'',
  "/]]>?x=]]>",
  "/%00%2e%2e%2f",
  "/パス?q=日本#段落",
  "?q=a+b&r=%F0%9F%87%A8",
);
const email = fc
  .tuple(
    fc.array(fc.stringMatching(/^[A-Za-z0-9_+-]{1,12}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(".")),
    fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/), { minLength: 1, maxLength: 2 }),
    fc.stringMatching(/^[a-zA-Z]{2,6}$/),
    fc.constantFrom("", " ", "\t"),
  )
  .map(([local, labels, tld, pad]) => `${pad}${local}@${[...labels, tld].join(".")}${pad}`);

export function validValue(field: Field): fc.Arbitrary<string> {
  switch (field.kind) {
    case "line":
      return validText(field.max);
    case "paragraph":
      return validText(field.max, true);
    case "optionalLine":
      return fc.oneof(fc.constant(""), validText(field.max));
    case "optionalParagraph":
      return fc.oneof(fc.constant(""), validText(field.max, true));
    case "url":
      return fc
        .tuple(
          fc.oneof(
            fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
            fc.constantFrom("https://例え.テスト", "http://[::1]:8080", "HTTPS://EXAMPLE.ORG"),
          ),
          urlTail,
          fc.constantFrom("", " "),
        )
        .map(([url, tail, pad]) => `${pad}${url}${tail}${pad}`)
        .filter((url) => characters(url.trim()) <= 2000);
    case "date":
      return field.past ? pastDate : anyDate;
    case "optionalDate":
      return fc.oneof(fc.constant(""), anyDate);
    case "slug":
      return fc.oneof(
        fc.array(slugPart, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("-")),
        fc.constant("a".repeat(80)),
      );
    case "id":
    case "version":
      return fc.integer({ min: 1, max: 2_147_483_647 }).map(String);
    case "position":
      return fc.integer({ min: 0, max: 10_000 }).map(String);
    case "email":
      return email;
    case "password":
      // Taken exactly as typed (never cleaned); no line breaks, which multipart bodies rewrite.
      return fc
        .oneof(
          fc.string({ unit: "grapheme", minLength: 12, maxLength: 40 }),
          fc.constantFrom("a".repeat(200), "pass word ]]> <b> \"'", "🇨🇦".repeat(100)),
        )
        .map((password) => onlyAllowed(password).replace(/[\r\n]/g, ""))
        .filter((password) => characters(password) >= 12 && characters(password) <= 200);
    case "choice":
      return fc.constantFrom(...field.values);
  }
}

/** A valid submission, flattened as a form sends it ("evidence.0.url"). */
export function validForm(form: Form): fc.Arbitrary<Record<string, string>> {
  const fields = fc.record(Object.fromEntries(Object.entries(form.fields).map(([name, field]) => [name, validValue(field)])));
  if (!form.evidence) return fields;
  const item = fc.record(Object.fromEntries(Object.entries(EVIDENCE).map(([name, field]) => [name, validValue(field)])));
  const evidence = fc.oneof(
    { weight: 4, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: MAX_EVIDENCE, maxLength: MAX_EVIDENCE }) },
  );
  return fc.tuple(fields, evidence).map(([values, items]) => ({ ...values, ...flattenEvidence(items) }));
}

export function flattenEvidence(items: Record<string, string>[]) {
  return Object.fromEntries(
    items.flatMap((item, index) => Object.entries(item).map(([name, value]) => [`evidence.${index}.${name}`, value])),
  );
}

/** A submission as a server action reads it: posted as a form, parsed by lib/writes/form-data.ts. */
export function submitted(values: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  return formDataToObject(form);
}

/** The evidence items of a flattened submission, in order. */
export function evidenceOf(values: Record<string, string>) {
  const items: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = /^evidence\.(\d+)\.(\w+)$/.exec(key);
    if (match) (items[Number(match[1])] ??= {})[match[2]] = value;
  }
  return items;
}

/** What a valid value is stored as: text cleaned, URLs, dates and slugs trimmed, emails lower-cased. */
export function stored(field: Field, value: string): string | number | null {
  switch (field.kind) {
    case "line":
      return cleanedText(value);
    case "paragraph":
      return cleanedText(value, { multiline: true });
    case "optionalLine":
      return cleanedText(value) || null;
    case "optionalParagraph":
      return cleanedText(value, { multiline: true }) || null;
    case "url":
    case "date":
    case "slug":
      return value.trim();
    case "optionalDate":
      return value.trim() || null;
    case "email":
      return value.trim().toLowerCase();
    case "id":
    case "version":
    case "position":
      return Number(value);
    default:
      return value;
  }
}

// ---- Invalid values, each with the message its field must show ----

type Wrong = { value: string | undefined; message: string | RegExp };

export function wrongValues(field: Field): fc.Arbitrary<Wrong> {
  const required = (label: string) => `${label} is required.`;
  switch (field.kind) {
    case "line":
    case "paragraph":
    case "optionalLine":
    case "optionalParagraph": {
      const tooLong = fc.constantFrom("x", "<", "é", "e\u0301", "🇨🇦", "]]>").map((unit) => ({
        value: filled(unit, field.max + 1, field.kind === "paragraph" || field.kind === "optionalParagraph"),
        message: `${field.label} has at most ${field.max} characters.`,
      }));
      if (field.kind === "optionalParagraph" || field.kind === "optionalLine") return tooLong;
      const empty = fc
        .constantFrom("", " ", "\n\t ", "\u00A0\u3000", undefined)
        .map((value) => ({ value, message: required(field.label) }));
      return fc.oneof(tooLong, empty);
    }
    case "url": {
      const notWeb = fc
        .constantFrom(
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          "data:text/html,<b>x</b>",
          "ftp://example.org/x",
          "mailto:a@example.org",
          "example.org",
          "//example.org/x",
          "http://",
          "https://exa mple.org",
          "file:///etc/passwd",
        )
        .map((value) => ({ value, message: `${field.label} must be a full web address starting with http:// or https://.` }));
      return fc.oneof(
        notWeb,
        fc.constantFrom("", "   ", undefined).map((value) => ({ value, message: required(field.label) })),
        fc.constant({ value: `https://example.org/${"a".repeat(1990)}`, message: `${field.label} has at most 2000 characters.` }),
      );
    }
    case "date":
    case "optionalDate": {
      const malformed = fc
        .constantFrom(
          "2026-02-30",
          "2026-13-01",
          "2026-00-10",
          "26-01-01",
          "2026/01/01",
          "2026-1-1",
          "1899-12-31",
          "2201-01-01",
          "01/02/2026",
          "tomorrow",
          "2026-01-01T00:00:00Z",
        )
        .map((value) => ({ value, message: `${field.label} must be a valid date (YYYY-MM-DD).` }));
      if (field.kind === "optionalDate") return malformed;
      const options: fc.Arbitrary<Wrong>[] = [
        malformed,
        fc.constantFrom("", " ", undefined).map((value) => ({ value, message: required(field.label) })),
      ];
      if (field.past) {
        const future = fc.date({ min: new Date(Date.now() + 2 * DAY), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true });
        options.push(future.map((date) => ({ value: isoDay(date), message: `${field.label} cannot be in the future.` })));
      }
      return fc.oneof(...options);
    }
    case "slug":
      return fc.oneof(
        fc.constantFrom("Bad-Slug", "a--b", "-a", "a-", "a_b", "a b", "é", "<script>", "a/b", "..").map((value) => ({
          value,
          message: "Slug may contain only lower-case letters, digits and single hyphens (e.g. arctic-security).",
        })),
        fc.constant({ value: "a".repeat(81), message: "Slug has at most 80 characters." }),
        fc.constantFrom("", undefined).map((value) => ({ value, message: "Slug is required." })),
      );
    case "id":
      return fc
        .constantFrom("0", "-1", "1.5", "abc", "2147483648", "", undefined)
        .map((value) => ({ value, message: "A valid id is required." }));
    case "version":
      return fc
        .constantFrom("0", "-1", "", undefined)
        .map((value) => ({ value, message: "The form is missing its version; reload the page." }));
    case "position":
      return fc.oneof(
        fc.constant({ value: "-1", message: "Order must be 0 or more." }),
        fc.constant({ value: "10001", message: "Order must be at most 10000." }),
        fc.constantFrom("1.5", "abc").map((value) => ({ value, message: "Order must be a whole number." })),
      );
    case "email":
      return fc.oneof(
        fc
          .constantFrom("not-an-email", "a@b", "a@@example.org", "a..b@example.org", ".a@example.org", "a@example.org.", "<a@example.org>")
          .map((value) => ({ value, message: "Enter a valid email address." })),
        fc.constantFrom("", "  ").map((value) => ({ value, message: "Enter your email address." })),
        fc.constant({ value: `${"a".repeat(250)}@example.org`, message: "An email address has at most 254 characters." }),
      );
    case "password":
      return fc.oneof(
        fc.constantFrom("", "short", "elevenchars").map((value) => ({ value, message: "A password has at least 12 characters." })),
        fc.constant({ value: "p".repeat(201), message: "A password has at most 200 characters." }),
        fc.constant({ value: undefined, message: "Password is required." }),
      );
    case "choice":
      return fc.constantFrom("", "DONE", "in_progress", "1", "__proto__", undefined).map((value) => ({ value, message: field.message }));
  }
}

export type InvalidSubmission = { values: Record<string, string>; key: string; message: string | RegExp };

/** A valid submission with exactly one thing wrong, and the field key and message it must get. */
export function invalidForm(form: Form): fc.Arbitrary<InvalidSubmission> {
  const withValue = (values: Record<string, string>, key: string, value: string | undefined) => {
    const next = { ...values };
    if (value === undefined) delete next[key];
    else next[key] = value;
    return next;
  };
  const mutations: fc.Arbitrary<(values: Record<string, string>) => InvalidSubmission>[] = Object.entries(form.fields).map(
    ([name, field]) =>
      wrongValues(field).map(({ value, message }) => (values: Record<string, string>) => ({
        values: withValue(values, name, value),
        key: name,
        message,
      })),
  );
  // An unknown field name is refused by the schema; a name no form could send ("role ", "a-b") is
  // not even read by the parser (lib/writes/form-data.ts), so it is not among these.
  mutations.push(
    fc
      .constantFrom("extra", "role", "evidence0")
      .filter((name) => !(name in form.fields))
      .map((name) => (values) => ({
        values: { ...values, [name]: "x" },
        key: "_form",
        // In the editor's language (lib/validation/issues.ts; messages/<locale>/validation.json "unknownFields").
        message: new RegExp(`^This form has fields the server does not know \\(${name}\\); reload the page and try again\\.$`),
      })),
  );
  if (form.evidence) {
    const withoutEvidence = (values: Record<string, string>) =>
      Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith("evidence.")));
    mutations.push(
      fc.constant((values) => ({ values: withoutEvidence(values), key: "evidence", message: "Add at least one piece of evidence." })),
    );
    mutations.push(
      fc.constant((values) => {
        const first = evidenceOf(values)[0];
        return {
          values: { ...withoutEvidence(values), ...flattenEvidence(Array(MAX_EVIDENCE + 1).fill(first)) },
          key: "evidence",
          message: `At most ${MAX_EVIDENCE} pieces of evidence.`,
        };
      }),
    );
    for (const [name, field] of Object.entries(EVIDENCE)) {
      mutations.push(
        wrongValues(field).map(({ value, message }) => (values) => ({
          values: withValue(values, `evidence.0.${name}`, value),
          key: `evidence.0.${name}`,
          message,
        })),
      );
    }
  }
  return fc.tuple(validForm(form), fc.oneof(...mutations)).map(([values, mutate]) => mutate(values));
}
