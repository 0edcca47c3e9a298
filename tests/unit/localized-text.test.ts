import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalizedText } from "@/components/localized-text";
import { localized } from "@/lib/i18n/content";

const render = (props: Parameters<typeof LocalizedText>[0]) => renderToStaticMarkup(createElement(LocalizedText, props));
const change = { summary: "Budget **tabled**", summaryFr: null as string | null };

describe("LocalizedText", () => {
  it("renders a text in the page's language as it is, without a lang of its own", () => {
    expect(
      render({ value: localized({ title: "Titre", titleFr: "Titre FR" }, "title", "fr-CA"), pendingLabel: "Traduction à venir" }),
    ).toBe("<span>Titre FR</span>");
  });

  it("marks a pending translation: the English original with its lang, and a note outside it in the page's language", () => {
    const html = render({ value: localized(change, "summary", "fr-CA"), pendingLabel: "Traduction à venir", as: "p" });
    expect(html).toBe(
      '<p data-translation="pending"><span lang="en-CA">Budget **tabled**</span> <small class="text-xs font-normal text-slate-600 italic dark:text-slate-400">(Traduction à venir)</small></p>',
    );
  });

  it("renders Markdown, pending or not, with the note as its own paragraph", () => {
    const html = render({ value: localized(change, "summary", "fr-CA"), pendingLabel: "Traduction à venir", markdown: true });
    expect(html).toContain('<div lang="en-CA"><div class="flex flex-col gap-2 "><p>Budget <strong>tabled</strong></p></div></div>');
    expect(html).toMatch(/<p class="[^"]*">\(Traduction à venir\)<\/p><\/div>$/);
    const translated = render({
      value: localized({ ...change, summaryFr: "Budget _déposé_" }, "summary", "fr-CA"),
      pendingLabel: "x",
      markdown: true,
    });
    expect(translated).toBe('<div><div class="flex flex-col gap-2 "><p>Budget <em>déposé</em></p></div></div>');
  });

  it("gives a text its lang when the caller says the page is in another language", () => {
    const english = localized(change, "summary", "en-CA");
    expect(render({ value: english, pendingLabel: "x", pageLang: "fr-CA", as: "q" })).toBe('<q lang="en-CA">Budget **tabled**</q>');
    expect(render({ value: english, pendingLabel: "x", pageLang: "en-CA" })).toBe("<span>Budget **tabled**</span>");
  });

  it("escapes markup in what editors wrote", () => {
    const html = render({ value: localized({ title: "t", titleFr: "<script>alert(1)</script>" }, "title", "fr-CA"), pendingLabel: "x" });
    expect(html).toBe("<span>&lt;script&gt;alert(1)&lt;/script&gt;</span>");
  });
});
