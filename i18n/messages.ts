// Interface strings, one file per namespace and language: messages/<locale>/<namespace>.json.
// tests/unit/messages.test.ts fails when a key exists in one language and not the other.
import type { Locale } from "@/lib/i18n/locales";

/** What the public pages and their components read through next-intl. */
export const PUBLIC_NAMESPACES = [
  "common",
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
] as const;

/** The admin's own; an admin request loads these and the public ones (it shows badges, timelines, values). */
export const ADMIN_NAMESPACES = ["admin", "adminForms", "adminMetrics", "adminPeople", "adminCatalog"] as const;

/** Every namespace; feeds and validation are read outside React only (lib/i18n/translator.ts, localized.ts). */
export const NAMESPACES = [...new Set([...PUBLIC_NAMESPACES, ...ADMIN_NAMESPACES, "feeds", "validation"] as const)];
export type Namespace = (typeof NAMESPACES)[number];

export async function loadMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[] = NAMESPACES as N[]) {
  const entries = await Promise.all(
    namespaces.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Record<N, Record<string, unknown>>;
}
