// Interface strings, one file per namespace and language: messages/<locale>/<namespace>.json.
// tests/unit/messages.test.ts fails when a key exists in one language and not the other.
import type { Locale } from "@/lib/i18n/locales";

export const NAMESPACES = [
  "common",
  "feeds",
  "frame",
  "labels",
  "methodology",
  "data",
  "verdict",
  "metrics",
  "board",
  "pages",
  "prediction",
  "indicator",
  "history",
  "errors",
  "admin",
  "adminForms",
  "adminMetrics",
  "adminPeople",
  "adminCatalog",
  "validation",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export async function loadMessages(locale: Locale) {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Record<Namespace, Record<string, unknown>>;
}
