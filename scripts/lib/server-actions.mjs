// Calling the app's server actions over HTTP, as React does from a form bound with
// useActionState: used by the benchmark and the tests, which exercise the real actions of the
// production build. The action ids come from the build's manifest.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./database.mjs";

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
  const line = text.split("\n").find((l) => l.startsWith("1:{"));
  return line ? JSON.parse(line.slice(2)) : null;
}
