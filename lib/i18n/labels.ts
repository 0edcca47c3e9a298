// The labels of the product's fixed vocabulary (statuses, verdicts, stages, pace, kinds of
// evidence), from messages/<locale>/labels.json: the same strings that pages read through
// next-intl, for the code that runs outside React (feeds, the badge, the open data, titles).
import en from "@/messages/en-CA/labels.json" with { type: "json" };
import fr from "@/messages/fr-CA/labels.json" with { type: "json" };
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

export type Labels = typeof en;
const LABELS: Record<Locale, Labels> = { "en-CA": en, "fr-CA": fr };

export const labels = (locale: Locale = DEFAULT_LOCALE): Labels => LABELS[locale];
