import { describe, expect, it } from "vitest";
import { dropXmlIllegal } from "@/app/_components/xml-text.ts";
import { cleanArticleInput, cleanInputText } from "@/lib/text/input-boundary.ts";

describe("cleanInputText", () => {
  it.each([
    ["a\u0000b\u0001c\u001Fd\u007F", "abcd"],
    ["tab\tand\nnewline\r\nkept", "tab\tand\nnewline\r\nkept"],
    ["lone \uD800 high", "lone \uFFFD high"],
    ["lone \uDC00 low", "lone \uFFFD low"],
    ["pair \uD83D\uDE42 kept", "pair \uD83D\uDE42 kept"],
    ["reversed \uDE42\uD83D pair", "reversed \uFFFD\uFFFD pair"],
    ["\u202Eevil\u202C and \u2066iso\u2069", "evil and iso"],
    ["شكرا lang", "شكرا lang"],
  ])("cleans %j", (input, expected) => {
    const out = cleanInputText(input);
    expect(out).toBe(expected);
  });

  it("keeps the length when only surrogates are replaced, so offsets hold", () => {
    const s = "x\uD800y\uDC00z";
    expect(cleanInputText(s)).toHaveLength(s.length);
  });
});

describe("cleanArticleInput", () => {
  it("cleans every hint and turns one left blank into null", () => {
    expect(cleanArticleInput("text\u0000", { title: "T\u0001itle", author: "\u0000", url: null })).toEqual({
      text: "text",
      hints: { title: "Title", author: null, url: null },
    });
  });
});

describe("dropXmlIllegal", () => {
  it("drops what XML 1.0 forbids and keeps the rest", () => {
    expect(dropXmlIllegal("a\u0000\u0001b\uFFFE\uD800c\uD83D\uDE42\t\n")).toBe("abc\uD83D\uDE42\t\n");
  });
});
