// Reading a server action's answer (React Flight rows) the way the browser does: the tests judge
// every refusal by it, so a misread one must not pass for a save.
import { describe, expect, it } from "vitest";
import { actionResult } from "../../scripts/lib/server-actions.mjs";

const long = `$ starts with a dollar, ${"é".repeat(600)}\nand spans lines`;
// As Next.js 16 answers a refused save whose input holds more than 1 KB of text: that text goes in
// a row of its own, length-prefixed in bytes, with no line break after it.
const refusal =
  `0:{"a":"$@1","q":"","i":false,"b":"build"}\n` +
  `2:T${Buffer.byteLength(long).toString(16)},${long}` +
  `1:{"ok":false,"status":422,"message":"Some fields need attention; nothing was saved.","fieldErrors":{"title":["Title has at most 300 characters."]},` +
  `"values":{"title":"$2","author":"$$$$y","outlet":"","note":"$undefined"}}\n`;

describe("actionResult", () => {
  it("reads a refusal whose echoed input was sent in rows of its own, with Flight's escapes undone", () => {
    expect(actionResult(refusal)).toEqual({
      ok: false,
      status: 422,
      message: "Some fields need attention; nothing was saved.",
      fieldErrors: { title: ["Title has at most 300 characters."] },
      values: { title: long, author: "$$$y", outlet: "", note: undefined },
    });
  });

  it("gives null when the action redirected: the rows are the page it redirected to", () => {
    expect(actionResult(`1:"$Sreact.fragment"\n2:"/_next/static/chunks/x.js"\n3:I[39756,["$2"],"default"]\n`)).toBeNull();
  });
});
