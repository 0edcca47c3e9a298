// Interface strings for code that runs outside React (feeds, the badge, social images, the
// verdict's reasons, measured progress in words): the same
// messages/<locale>/*.json that pages read through next-intl, through next-intl's own translator,
// so placeholders and tags follow the same ICU rules everywhere.
import { createTranslator } from "use-intl/core";
import enCommon from "@/messages/en-CA/common.json" with { type: "json" };
import enFeeds from "@/messages/en-CA/feeds.json" with { type: "json" };
import enMetrics from "@/messages/en-CA/metrics.json" with { type: "json" };
import enVerdict from "@/messages/en-CA/verdict.json" with { type: "json" };
import frCommon from "@/messages/fr-CA/common.json" with { type: "json" };
import frFeeds from "@/messages/fr-CA/feeds.json" with { type: "json" };
import frMetrics from "@/messages/fr-CA/metrics.json" with { type: "json" };
import frVerdict from "@/messages/fr-CA/verdict.json" with { type: "json" };
import type { Locale } from "@/lib/i18n/locales";

const MESSAGES = {
  "en-CA": { common: enCommon, feeds: enFeeds, metrics: enMetrics, verdict: enVerdict },
  "fr-CA": { common: frCommon, feeds: frFeeds, metrics: frMetrics, verdict: frVerdict },
} satisfies Record<Locale, unknown>;

const make = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] as (typeof MESSAGES)["en-CA"] });
export type Translator = ReturnType<typeof make>;

// One translator per language: it caches its parsed messages.
const translators = new Map<Locale, Translator>();

/** The translator of `locale`, keys as "feeds.title.transition" or "common.translationPending". */
export function translator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}
