import { describe, expect, it } from "vitest";
import { cleanHtmlAuthor, joinAuthors } from "@/lib/ingest/html-metadata/clean-html-author.ts";
import { getAbsoluteUrl, getSiteFromTitle, getStatedDay } from "@/lib/ingest/html-metadata/find-html-metadata.ts";
import { readJsonLd } from "@/lib/ingest/html-metadata/read-json-ld.ts";
import { stripSiteName } from "@/lib/ingest/html-metadata/strip-site-name.ts";
import { htmlToText } from "@/lib/ingest/html-to-text.ts";

describe("stripSiteName", () => {
  it.each([
    ["Bridge reopens after repairs - BBC News", [], "Bridge reopens after repairs"],
    ["Bridge reopens | Transport | The Guardian", [], "Bridge reopens"],
    ["Bridge reopens :: Valley Star", ["Valley Star"], "Bridge reopens"],
    ["Mayor - the early years - Valley Star", ["Valley Star"], "Mayor - the early years"],
    ["Bridge reopens - Northern Courier", [], "Bridge reopens - Northern Courier"],
    ["Valley Star", ["Valley Star"], "Valley Star"],
  ])("strips %j", (title, sites, want) => {
    expect(stripSiteName(title, sites)).toBe(want);
  });
});

describe("cleanHtmlAuthor", () => {
  it.each([
    ["By Jane Roe", "Jane Roe"],
    ["Leila Haddad, CNN", "Leila Haddad"],
    ["Marta Lindqvist - Reuters", "Marta Lindqvist"],
    ["By SAMUEL OKAFOR", "Samuel Okafor"],
    ["https://example.test/profile/jane", null],
    ["Staff reporter", null],
    ["editor@example.test", null],
  ])("makes %j a name", (raw, want) => {
    expect(cleanHtmlAuthor(raw)).toBe(want);
  });

  it("strips an outlet it is told about", () => {
    expect(cleanHtmlAuthor("Owen Pritchard, Northern Courier", ["Northern Courier"])).toBe("Owen Pritchard");
  });

  it("joins several authors as a reader writes them", () => {
    expect(joinAuthors(["A One", "B Two", "C Three", "A One"])).toBe("A One, B Two and C Three");
  });
});

describe("getStatedDay and getAbsoluteUrl", () => {
  it.each([
    ["2021-03-18T23:30:00-05:00", "2021-03-18"],
    ["20210319", "2021-03-19"],
    ["November 14, 2020", "2020-11-14"],
    ["Saturday, 14 November 2020 09:30", "2020-11-14"],
    ["soon", null],
  ])("reads the day of %j", (raw, want) => {
    expect(getStatedDay(raw)).toBe(want);
  });

  it("resolves a relative canonical link and refuses other schemes", () => {
    expect(getAbsoluteUrl("/a/b", "https://x.test/")).toBe("https://x.test/a/b");
    expect(getAbsoluteUrl("javascript:alert(1)", null)).toBeNull();
    expect(getAbsoluteUrl("/a/b", null)).toBeNull();
  });
});

describe("readJsonLd", () => {
  it("finds the article in a @graph and skips broken blocks", () => {
    const graph = JSON.stringify({
      "@graph": [
        { "@type": "WebSite", name: "Site" },
        {
          "@type": "NewsArticle",
          headline: "H",
          author: [
            { "@type": "Person", name: "Ann Lee" },
            { "@type": "Organization", name: "Desk" },
          ],
          publisher: { name: "Site" },
          datePublished: "2020-01-02",
        },
      ],
    });
    expect(readJsonLd(["{broken", graph])).toEqual({
      title: "H",
      authors: ["Ann Lee"],
      publisher: "Site",
      publishedAt: "2020-01-02",
      url: null,
    });
  });
});

describe("htmlToText metadata", () => {
  const body = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i}: the harbour board approved a new breakwater for the fishing fleet after a long winter of storms.</p>`,
  ).join("");

  it("reads JSON-LD before removing scripts, and meta tags when JSON-LD is silent", () => {
    const html = `<html><head><title>Breakwater approved | Harbour Herald</title><meta property="og:site_name" content="Harbour Herald"><meta property="article:published_time" content="2019-04-02T08:00:00Z"><link rel="canonical" href="https://herald.test/breakwater"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ivo Brandt"}}</script></head><body><article><h1>Breakwater approved</h1>${body}</article></body></html>`;
    expect(htmlToText(html).hints).toEqual({
      title: "Breakwater approved",
      author: "Ivo Brandt",
      publisher: "Harbour Herald",
      publishedAt: "2019-04-02",
      url: "https://herald.test/breakwater",
    });
  });

  it("states nothing a page does not state", () => {
    const html = `<html><head><title>Breakwater approved</title></head><body><div>${body}</div></body></html>`;
    expect(htmlToText(html).hints).toEqual({
      title: "Breakwater approved",
      author: null,
      publisher: null,
      publishedAt: null,
      url: null,
    });
  });
});

describe("getSiteFromTitle", () => {
  it.each([
    ["Breakwater vote - Harbour Herald", "Breakwater vote", "Harbour Herald"],
    ["Breakwater vote | News | Local | Harbour Herald and more", "Breakwater vote", null],
    ["Breakwater vote", "Breakwater vote", null],
    ["Other story - Harbour Herald", "Breakwater vote", null],
  ])("reads the site of %j", (title, heading, want) => {
    expect(getSiteFromTitle(title, heading)).toBe(want);
  });
});
