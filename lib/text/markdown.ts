// The small, safe subset of Markdown that status-change summaries may use:
//   paragraphs (blank line), line breaks, "- " or "* " bullet lists,
//   **bold**, *italic* or _italic_, and [links](https://…) to http(s) addresses only.
// Anything else, HTML included, stays literal text. The parser builds a tree; the page renders it
// with React (components/markdown.tsx) and the feeds as escaped HTML (toHtml), so no editor text
// is ever inserted as markup.

export type Inline =
  { type: "text"; text: string } | { type: "strong" | "em"; text: string } | { type: "link"; text: string; href: string };

export type Block = { type: "paragraph"; lines: Inline[][] } | { type: "list"; items: Inline[][] };

const INLINE =
  /\[([^\]\n]{1,300})\]\((https?:\/\/[^\s()<>]{1,2000})\)|\*\*([^*\n]{1,500}?)\*\*|\*([^*\n]{1,500}?)\*|(?<![\w])_([^_\n]{1,500}?)_(?![\w])/g;

export function parseInline(text: string): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) result.push({ type: "text", text: text.slice(last, index) });
    if (match[1] !== undefined) result.push({ type: "link", text: match[1], href: match[2] });
    else if (match[3] !== undefined) result.push({ type: "strong", text: match[3] });
    else result.push({ type: "em", text: match[4] ?? match[5] });
    last = index + match[0].length;
  }
  if (last < text.length) result.push({ type: "text", text: text.slice(last) });
  return result;
}

const BULLET = /^\s*[-*]\s+/;

export function parseMarkdown(source: string): Block[] {
  return source
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0)
    .map((lines): Block =>
      lines.every((line) => BULLET.test(line))
        ? { type: "list", items: lines.map((line) => parseInline(line.replace(BULLET, "").trim())) }
        : { type: "paragraph", lines: lines.map((line) => parseInline(line.trim())) },
    );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

function inlineToHtml(inline: Inline): string {
  switch (inline.type) {
    case "text":
      return escapeHtml(inline.text);
    case "strong":
      return `<strong>${escapeHtml(inline.text)}</strong>`;
    case "em":
      return `<em>${escapeHtml(inline.text)}</em>`;
    case "link":
      return `<a href="${escapeHtml(inline.href)}" rel="nofollow noopener">${escapeHtml(inline.text)}</a>`;
  }
}

/** The summary as HTML for feeds: every piece of text escaped, links http(s) only. */
export function toHtml(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.type === "list"
        ? `<ul>${block.items.map((item) => `<li>${item.map(inlineToHtml).join("")}</li>`).join("")}</ul>`
        : `<p>${block.lines.map((line) => line.map(inlineToHtml).join("")).join("<br>")}</p>`,
    )
    .join("");
}

/** The summary as plain text (Markdown markers removed), for titles and previews. */
export function toPlainText(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.type === "list"
        ? block.items.map((item) => `• ${item.map((inline) => inline.text).join("")}`).join("\n")
        : block.lines.map((line) => line.map((inline) => inline.text).join("")).join("\n"),
    )
    .join("\n\n");
}
