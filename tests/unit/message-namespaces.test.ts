// i18n/request.ts gives a public page the public dictionaries only (PUBLIC_NAMESPACES) and the
// admin those and its own (ADMIN_NAMESPACES): every namespace the code reads through next-intl must
// be in the set of the part of the site that reads it, or the page shows a key instead of a text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_NAMESPACES, NAMESPACES, PUBLIC_NAMESPACES } from "@/i18n/messages";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The top-level namespaces a file reads: useTranslations("board"), getTranslations({ namespace: "metrics.meta" }). */
function namespacesOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const pattern = /\b(?:useTranslations|getTranslations)\(\s*(?:"([^"]*)"|\{[^}]*?namespace:\s*"([^"]*)"[^}]*\}|(\{[^}]*\}|\)))/g;
  return [...text.matchAll(pattern)].map((match) => {
    const namespace = match[1] ?? match[2];
    // Without a namespace a translator reads every dictionary: refused, so the sets stay checkable.
    if (namespace === undefined) throw new Error(`${file}: a translator without a namespace (${match[0]})`);
    return namespace.split(".")[0];
  });
}

const readers = (dirs: string[]) => dirs.flatMap(files).map((file) => ({ file, namespaces: namespacesOf(file) }));
const missing = (list: { file: string; namespaces: string[] }[], allowed: readonly string[]) =>
  list.flatMap(({ file, namespaces }) => namespaces.filter((ns) => !allowed.includes(ns)).map((ns) => `${file}: ${ns}`));

describe("which dictionaries each part of the site loads", () => {
  const publicFiles = readers([path.join("app", "[locale]")]);
  const adminFiles = readers([path.join("app", "(admin)")]);
  const components = readers(["components"]);
  const both = [...PUBLIC_NAMESPACES, ...ADMIN_NAMESPACES];

  it("finds the readers", () => {
    expect(publicFiles.flatMap((f) => f.namespaces).length).toBeGreaterThan(10);
    expect(adminFiles.flatMap((f) => f.namespaces).length).toBeGreaterThan(30);
  });

  it("public pages read public namespaces only", () => {
    expect(missing(publicFiles, PUBLIC_NAMESPACES)).toEqual([]);
  });

  it("components read public namespaces, or the admin's when they are the admin's own", () => {
    const shared = components.map(({ file, namespaces }) => ({ file, namespaces: namespaces.filter((ns) => !ns.startsWith("admin")) }));
    expect(missing(shared, PUBLIC_NAMESPACES)).toEqual([]);
    expect(missing(components, both)).toEqual([]);
  });

  it("the admin reads what its requests load", () => {
    expect(missing(adminFiles, both)).toEqual([]);
    expect(missing([{ file: "app/forbidden.tsx", namespaces: namespacesOf(path.join("app", "forbidden.tsx")) }], both)).toEqual([]);
  });

  it("every namespace is loaded by one part, or read outside React only", () => {
    expect([...NAMESPACES].sort()).toEqual([...new Set([...both, "feeds", "validation"])].sort());
    expect(PUBLIC_NAMESPACES.filter((ns) => (ADMIN_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });
});
