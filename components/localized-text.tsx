import type { ElementType, ReactNode } from "react";
import { Markdown } from "@/components/markdown";
import type { LocalizedText as LocalizedValue } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  /** From localized() (lib/i18n/content.ts). */
  value: LocalizedValue;
  /** The element around the text; a Markdown text defaults to a div, other texts to a span. */
  as?: ElementType;
  /** "Translation pending" in the page's language, from the caller's messages. */
  pendingLabel: string;
  /** The page's language; without it, the text's language differs from the page's exactly when it is pending. */
  pageLang?: Locale;
  /** Renders the text as the safe Markdown subset (status-change summaries, notes). */
  markdown?: boolean;
  /** Renders the text some other way (a link, a heading's contents). */
  render?: (text: string) => ReactNode;
  className?: string;
};

/**
 * A text an editor wrote, in the reader's language. When its language differs from the page's (an
 * English original on a French page), it carries its own `lang`, so screen readers and hyphenation
 * read it as English; when its translation is pending, a small note says so, in the page's language
 * (outside the English text, so the note is not announced as English).
 */
export function LocalizedText({ value, as, pendingLabel, pageLang, markdown = false, render, className }: Props) {
  const block = markdown || render !== undefined;
  const Tag: ElementType = as ?? (markdown ? "div" : "span");
  const body = render ? render(value.text) : markdown ? <Markdown source={value.text} /> : value.text;
  const foreign = pageLang ? value.lang !== pageLang : value.pending;
  if (!value.pending) {
    return (
      <Tag lang={foreign ? value.lang : undefined} className={className}>
        {body}
      </Tag>
    );
  }
  const Original: ElementType = block ? "div" : "span";
  return (
    <Tag className={className} data-translation="pending">
      <Original lang={value.lang}>{body}</Original>
      {block ? (
        <PendingNote label={pendingLabel} as="p" />
      ) : (
        <>
          {" "}
          <PendingNote label={pendingLabel} as="small" />
        </>
      )}
    </Tag>
  );
}

function PendingNote({ label, as: Tag }: { label: string; as: "p" | "small" }) {
  return <Tag className="text-xs font-normal text-slate-600 italic dark:text-slate-400">({label})</Tag>;
}
