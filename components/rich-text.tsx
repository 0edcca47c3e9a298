// Tags that interface strings may carry (next-intl's t.rich), so that a sentence stays whole in the
// dictionary while its parts are styled: "each condition becomes an <strong>indicator</strong>".
// Code (addresses, field names, JSON) comes into a message as a value inside <code>, never as
// prose: "the page address <code>{address}</code>".

const codeClass = "rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800";

export const richTags = {
  strong: (chunks: React.ReactNode) => <strong>{chunks}</strong>,
  em: (chunks: React.ReactNode) => <em>{chunks}</em>,
  code: (chunks: React.ReactNode) => <code className={codeClass}>{chunks}</code>,
};

/** A piece of code shown alone, such as an API address heading its section. */
export function Code({ text }: { text: string }) {
  return <code className={codeClass}>{text}</code>;
}

/** A rich-text tag that makes its words a plain link (a feed, a file: not a page of the site). */
export function linkTag(href: string) {
  return function LinkedWords(chunks: React.ReactNode) {
    return (
      <a href={href} className="underline">
        {chunks}
      </a>
    );
  };
}
