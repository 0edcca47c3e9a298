import { describe, expect, it } from "vitest";
import { badgeSvg, textWidth } from "@/lib/open-data/badge-svg";
import { STATUSES } from "@/lib/rules/status";

describe("the status badge", () => {
  it("is in English at the English address and in French at the French one, with its language declared", () => {
    const en = badgeSvg({ title: "Arctic security", status: "NOT_YET_RATED", overdue: true, locale: "en-CA" });
    expect(en).toContain('lang="en-CA"');
    expect(en).toContain(">Not yet rated · overdue</text>");
    expect(en).toContain("<title>Arctic security: Not yet rated · overdue</title>");
    const fr = badgeSvg({ title: "Sécurité arctique", status: "NOT_YET_RATED", overdue: true, locale: "fr-CA" });
    expect(fr).toContain('lang="fr-CA"');
    expect(fr).toContain(">Pas encore évalué · en retard</text>");
    expect(fr).toContain("<title>Sécurité arctique\u00A0: Pas encore évalué · en retard</title>");
  });

  it("sizes the status box to its text in each language: French labels get wider boxes", () => {
    for (const status of STATUSES) {
      for (const overdue of [false, true]) {
        for (const locale of ["en-CA", "fr-CA"] as const) {
          const svg = badgeSvg({ title: "T", status, overdue, locale });
          const [, box] = /<rect x="\d+" width="(\d+)"/.exec(svg)!;
          const [, text] = /<text x="[\d.]+" y="14">([^<]*)<\/text>\n<\/g>/.exec(svg)!;
          expect(Number(box), `${locale} ${status}`).toBe(textWidth(text));
          expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${textWidth("followthrough") + Number(box)}"`));
        }
      }
    }
  });

  it("gives the longest French value a wider box than its English one", () => {
    const box = (locale: "en-CA" | "fr-CA") =>
      Number(/<rect x="\d+" width="(\d+)"/.exec(badgeSvg({ title: "T", status: "NOT_YET_RATED", overdue: true, locale }))![1]);
    expect(box("fr-CA")).toBeGreaterThan(box("en-CA"));
  });

  it("escapes a hostile title in both languages: nothing ends the title or opens an element", () => {
    const title = `</title><script>alert("x")</script>"><a href='https://evil.example/'>&amp;`;
    for (const locale of ["en-CA", "fr-CA"] as const) {
      const svg = badgeSvg({ title, status: "STALLED", overdue: false, locale });
      expect(svg).not.toContain("<script");
      expect(svg).not.toContain("<a ");
      expect(svg.match(/<title>/g)).toHaveLength(1);
      expect(svg).toContain(
        "&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;&gt;&lt;a href=&#39;https://evil.example/&#39;&gt;&amp;amp;",
      );
    }
  });
});
