// Every text editors write in two languages (TRANSLATED_FIELDS, lib/i18n/content.ts) has its
// English and French inputs in an admin form: a field added there and in no form fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSLATED_FIELDS } from "@/lib/i18n/content";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith(".tsx") ? [full] : [];
  });
}

const forms = [...files(path.join("app", "(admin)")), ...files("components")].map((file) => readFileSync(file, "utf8")).join("\n");
const drawn = new Set([
  // <BilingualField kind="indicator" field="title" …/>
  ...[...forms.matchAll(/<BilingualField\s+kind="(\w+)"\s+field="(\w+)"/g)].map((m) => `${m[1]}.${m[2]}`),
  // <NoteField kind="observation" name="retractionNote" …/>
  ...[...forms.matchAll(/<NoteField\s+kind="(\w+)"\s+name="(\w+)"/g)].map((m) => `${m[1]}.${m[2]}`),
]);

describe("the admin's bilingual fields", () => {
  it("draw every translated field of every kind", () => {
    const fields = Object.entries(TRANSLATED_FIELDS).flatMap(([kind, names]) => names.map((name) => `${kind}.${name}`));
    expect(fields.filter((field) => !drawn.has(field))).toEqual([]);
  });
});
