import { describe, expect, it } from "vitest";
import {
  ArticleRefusedError,
  extractArticle,
  getExtractionRefusal,
  getTextRefusal,
  MAX_ARTICLE_CHARS,
} from "@/lib/ingest/ingest-article.ts";

describe("the ingest use case's checks", () => {
  it.each([
    ["", /empty/],
    [" \n\t ", /empty/],
    ["x".repeat(MAX_ARTICLE_CHARS + 1), /the limit is 1 million/],
  ])("refuses %#: a text that is empty or too long", (text, why) => {
    expect(getTextRefusal(text)).toMatch(why);
    expect(() => extractArticle({ text, hints: {} })).toThrow(ArticleRefusedError);
  });

  it("accepts a text at the limit and an ordinary article", () => {
    expect(getTextRefusal("x".repeat(MAX_ARTICLE_CHARS))).toBeNull();
    const x = extractArticle({
      text: "Bridge talks\nThe mayor said on Monday that “the bridge will open in May.”",
      hints: {},
    });
    expect(getExtractionRefusal(x)).toBeNull();
    expect(x.quotes.map((q) => q.text)).toContain("the bridge will open in May.");
  });

  it("refuses an extraction with no body left", () => {
    const x = extractArticle({ text: "Bridge talks", hints: {} });
    expect(getExtractionRefusal({ ...x, article: { ...x.article, body: "  " } })).toMatch(/no article text left/);
  });
});
