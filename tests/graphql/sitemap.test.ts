import { describe, expect, it } from "vitest";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.sitemapSections and Query.sitemapEntries", () => {
  const api = useSeededApi();

  it("lists every article, actor and quote once, by id ranges of pages", async () => {
    const { sitemapSections } = ok(await api.run<any>(`{ sitemapSections { section pages } }`));
    expect(sitemapSections).toEqual([
      { section: "ARTICLES", pages: 1 },
      { section: "ACTORS", pages: 1 },
      { section: "QUOTES", pages: 1 },
      { section: "STATEMENTS", pages: 0 },
    ]);
    const page = async (section: string, p = 0) =>
      ok(
        await api.run<any>(
          `query($s: SitemapSection!, $p: Int!) { sitemapEntries(section: $s, page: $p) { slug id lastModified } }`,
          { s: section, p },
        ),
      ).sitemapEntries;
    const articles = await page("ARTICLES");
    expect(articles).toHaveLength(4);
    expect(articles.every((e: any) => e.slug && e.id === null && !Number.isNaN(Date.parse(e.lastModified)))).toBe(true);
    expect(await page("ACTORS")).toHaveLength(4);
    const quotes = await page("QUOTES");
    expect(quotes).toHaveLength(9);
    expect(quotes.every((e: any) => e.slug === null && e.id)).toBe(true);
    expect(await page("QUOTES", 1)).toEqual([]);
    // the fixture corpus repeats no sentence: every statement has one report, whose page is the quote's
    expect(await page("STATEMENTS")).toEqual([]);
  });

  it("refuses a negative page, naming it", async () => {
    const r = await api.run(`{ sitemapEntries(section: QUOTES, page: -1) { id } }`);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors?.[0]?.message).toContain("got -1");
  });
});
