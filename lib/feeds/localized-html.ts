// Editors' texts in a feed's language, as feed items carry them. A French feed shows the French
// version; when it is missing, the English original, marked: in HTML content it carries
// lang="en-CA" and a visible "(Traduction à venir)" note in the feed's language, outside the
// English text (as <LocalizedText> does on the pages); in a plain-text summary, a leading
// "[Traduction à venir]". Every text is escaped here: the result is safe to put in content.
import type { LocalizedText } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { escapeHtml } from "@/lib/text/markdown";

const note = (locale: Locale) => `<small>(${escapeHtml(translator(locale)("common.translationPending"))})</small>`;

/** A short text (a title, a note) inside a sentence: escaped, or its pending original in a span with its lang and the note after it. */
export function inlineHtml(value: LocalizedText | null, locale: Locale): string {
  if (!value) return "";
  if (!value.pending) return escapeHtml(value.text);
  return `<span lang="${value.lang}" data-translation="pending">${escapeHtml(value.text)}</span> ${note(locale)}`;
}

/** A block of text rendered by `render` (which escapes): a pending original in a div with its lang, the note in a paragraph after it. */
export function blockHtml(value: LocalizedText, locale: Locale, render: (text: string) => string): string {
  if (!value.pending) return render(value.text);
  return `<div lang="${value.lang}" data-translation="pending">${render(value.text)}</div><p>${note(locale)}</p>`;
}

/** A plain-text summary: the text, marked "[Traduction à venir] " when it is the pending original. */
export function plainText(value: LocalizedText, locale: Locale): string {
  return value.pending ? translator(locale)("feeds.feed.pendingSummary", { text: value.text }) : value.text;
}

/** next-intl's markup tags used by the feeds' messages. */
export const MARKUP = { strong: (chunks: string) => `<strong>${chunks}</strong>` };
