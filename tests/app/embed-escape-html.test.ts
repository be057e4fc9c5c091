import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/app/embed/_lib/escape-html.ts";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"onload="alert(1)',
  "' onmouseover='alert(1)",
  "</textarea><img src=x onerror=alert(1)>",
  "&lt;already escaped&gt; & ampersands",
  "]]><!-- comment -->",
];

describe("escapeHtml", () => {
  it.each([
    ["<b>", "&lt;b&gt;"],
    ['say "hi"', "say &quot;hi&quot;"],
    ["it's", "it&#39;s"],
    ["a & b", "a &amp; b"],
    ["plain text", "plain text"],
    ["", ""],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it.each(HOSTILE)("keeps %j as text inside an element", (input) => {
    const { document } = parseHTML(`<!doctype html><html><body><p id="t">${escapeHtml(input)}</p></body></html>`);
    expect(document.getElementById("t")?.textContent).toBe(input);
    expect(document.querySelectorAll("script, img").length).toBe(0);
  });

  it.each(HOSTILE)("keeps %j as one value inside double- and single-quoted attributes", (input) => {
    const { document } = parseHTML(
      `<!doctype html><html><body><a id="d" title="${escapeHtml(input)}">x</a><a id="s" title='${escapeHtml(input)}'>y</a></body></html>`,
    );
    for (const id of ["d", "s"]) {
      const a = document.getElementById(id)!;
      expect(a.getAttribute("title")).toBe(input);
      expect(a.getAttributeNames().sort()).toEqual(["id", "title"]);
    }
  });
});
