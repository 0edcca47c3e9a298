import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, toHtml, toPlainText } from "@/lib/text/markdown";

describe("safe Markdown subset", () => {
  it("renders bold, italic and http(s) links", () => {
    expect(toHtml("**Budget** tabled, _finally_: [details](https://example.org/a?b=1&c=2)")).toBe(
      '<p><strong>Budget</strong> tabled, <em>finally</em>: <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener">details</a></p>',
    );
  });

  it("keeps HTML as text", () => {
    expect(toHtml('<script>alert("x")</script> & <b>bold</b>')).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>",
    );
  });

  it("never makes links of other schemes", () => {
    for (const href of ["javascript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "//evil.example", "/relative"]) {
      const html = toHtml(`[click](${href})`);
      expect(html).not.toContain("<a ");
      expect(html).toContain("[click]");
    }
  });

  it("does not break out of attributes", () => {
    expect(toHtml('[x](https://example.org/"onmouseover="alert(1))')).not.toMatch(/href="[^"]*"on/);
  });

  it("splits paragraphs and lists, and keeps line breaks", () => {
    expect(parseMarkdown("First line\nsecond\n\n- one\n- two")).toEqual([
      { type: "paragraph", lines: [[{ type: "text", text: "First line" }], [{ type: "text", text: "second" }]] },
      { type: "list", items: [[{ type: "text", text: "one" }], [{ type: "text", text: "two" }]] },
    ]);
    expect(toHtml("a\nb\n\n* c")).toBe("<p>a<br>b</p><ul><li>c</li></ul>");
  });

  it("leaves snake_case words alone", () => {
    expect(parseInline("a_b_c and x")).toEqual([{ type: "text", text: "a_b_c and x" }]);
  });

  it("gives a plain-text version without markers", () => {
    expect(toPlainText("**Bold** and [link](https://example.org)\n\n- item")).toBe("Bold and link\n\n• item");
  });
});
