import { describe, expect, it } from "vitest";
import {
  buildSitemapIndex,
  buildUrlset,
  escapeXml,
  parseSitemapFileName,
  sitemapFileName,
} from "@/app/sitemaps/_lib/build-sitemap.ts";
import { checkSitemapXsd } from "@/tests/support/sitemap-xsd.ts";

describe("buildUrlset", () => {
  it("is valid against the sitemap schema's rules, with escaped addresses", () => {
    const xml = buildUrlset([
      { loc: "https://news.example/articles/harbour-talks-abc123", lastmod: "2020-05-04T10:00:00.000Z" },
      { loc: "https://news.example/quotes/UXVvdGU6MQ==?a=1&b=2" },
    ]);
    expect(checkSitemapXsd(xml, "urlset")).toEqual([]);
    expect(xml).toContain("?a=1&amp;b=2");
  });

  it("is valid when empty, and refuses more entries than the protocol allows", () => {
    expect(checkSitemapXsd(buildUrlset([]), "urlset")).toEqual([]);
    expect(() => buildUrlset(Array.from({ length: 50_001 }, () => ({ loc: "https://x.example/a" })))).toThrow(
      /at most 50000 URLs, got 50001/,
    );
  });
});

describe("buildSitemapIndex", () => {
  it("is valid against the sitemap index schema's rules", () => {
    const xml = buildSitemapIndex([
      { loc: "https://news.example/sitemaps/articles-0.xml" },
      { loc: "https://news.example/sitemaps/quotes-3.xml" },
    ]);
    expect(checkSitemapXsd(xml, "sitemapindex")).toEqual([]);
  });
});

describe("checkSitemapXsd", () => {
  it.each([
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2020</lastmod><loc>https://x.example/a</loc></url></urlset>',
      /must start with exactly one loc/,
    ],
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/relative</loc></url></urlset>',
      /not an absolute/,
    ],
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/a</loc><lastmod>May 2020</lastmod></url></urlset>',
      /not a W3C datetime/,
    ],
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://example.com/other"><url><loc>https://x.example/a</loc></url></urlset>',
      /namespace/,
    ],
  ])("catches a broken rule (%#)", (xml, re) => {
    expect(checkSitemapXsd(xml, "urlset").join("\n")).toMatch(re);
  });
});

describe("sitemap file names", () => {
  it("round-trips a section and page, and refuses anything else", () => {
    expect(parseSitemapFileName(sitemapFileName("QUOTES", 12))).toEqual({ section: "QUOTES", page: 12 });
    for (const bad of ["quotes-01.xml", "people-0.xml", "articles-0.xml.gz", "../x", "articles--1.xml"])
      expect(parseSitemapFileName(bad)).toBeNull();
  });

  it("escapes the five XML characters", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  });
});
