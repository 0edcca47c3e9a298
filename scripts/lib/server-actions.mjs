// Calling the app's server actions over HTTP, as React does from a form bound with
// useActionState: used by the benchmark and the tests, which exercise the real actions of the
// production build. The action ids come from the build's manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../server/database/database.mjs";

let ids;

/** The id of a server action in the current build, by its exported name. */
export function actionId(exportedName) {
  if (!ids) {
    const manifest = JSON.parse(readFileSync(path.join(projectRoot, ".next/server/server-reference-manifest.json"), "utf8"));
    ids = Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
  }
  if (!ids[exportedName]) throw new Error(`No server action named ${exportedName} in the build`);
  return ids[exportedName];
}

/** The request body: the form's fields first (prefixed "_1_"), then the arguments that refer to them. */
export function actionBody(fields) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, String(value));
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

/** The action's return value from the RSC response, or null (e.g. after a redirect). */
export function actionResult(text) {
  const rows = flightRows(text);
  // Row 0 names the row that holds the return value ("a": "$@1"); after a redirect there is no
  // row 0, only the payload of the page redirected to.
  const head = rows.get(0);
  const reference = head && "json" in head && head.json.startsWith("{") ? JSON.parse(head.json).a : undefined;
  const row = typeof reference === "string" && /^\$@[0-9a-f]+$/.test(reference) ? rows.get(parseInt(reference.slice(2), 16)) : undefined;
  if (!row || !("json" in row)) return null;
  return decode(JSON.parse(row.json), rows);
}

// React Flight's rows: "<hex id>:<JSON>\n", or, for long text, "<hex id>:T<hex byte length>,<text>"
// with no line break after the text (which may hold line breaks of its own).
function flightRows(text) {
  const bytes = Buffer.from(text, "utf8");
  const rows = new Map();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = parseInt(bytes.toString("latin1", at, colon), 16);
    if (bytes[colon + 1] === 0x54) {
      const comma = bytes.indexOf(0x2c, colon);
      const end = comma + 1 + parseInt(bytes.toString("latin1", colon + 2, comma), 16);
      rows.set(id, { text: bytes.toString("utf8", comma + 1, end) });
      at = end;
    } else {
      const newline = bytes.indexOf(0x0a, colon);
      const end = newline < 0 ? bytes.length : newline;
      rows.set(id, { json: bytes.toString("utf8", colon + 1, end) });
      at = end + 1;
    }
  }
  return rows;
}

// Strings that start with "$" are Flight's own: "$$…" is a "$" escaped, "$undefined", and "$<hex id>"
// a value sent in a row of its own (long text).
function decode(value, rows) {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    const row = /^\$[0-9a-f]+$/.test(value) ? rows.get(parseInt(value.slice(1), 16)) : undefined;
    if (!row) return value;
    return "text" in row ? row.text : decode(JSON.parse(row.json), rows);
  }
  if (Array.isArray(value)) return value.map((item) => decode(item, rows));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item, rows)]));
  return value;
}
