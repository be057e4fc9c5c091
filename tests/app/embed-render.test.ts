import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { EmbedQuote } from "@/app/embed/_lib/embed-quote.ts";
import { renderEmbedIframe } from "@/app/embed/_lib/render-embed-iframe.ts";
import { renderActorEmbed, renderNotFoundEmbed, renderQuoteEmbed } from "@/app/embed/_lib/render-embeds.ts";

const EVIL = `<script>alert(1)</script> "onload=alert(2) x='y' &amp;`;

const hostileQuote: EmbedQuote = {
  id: `"><script>alert(3)</script>`,
  text: EVIL,
  kind: "DIRECT",
  speaker: { name: `Jane "onload=alert(4) <b>Roe</b>`, slug: `jane"onload=x` },
  article: {
    title: `<img src=x onerror=alert(5)>`,
    displayTitle: `<img src=x onerror=alert(5)>`,
    slug: "a",
    publishedAt: `2018-03-15"><script>`,
    publisher: `<i>Daily</i>`,
  },
};

const plainQuote: EmbedQuote = {
  id: "UXVvdGU6MTI=",
  text: "We will not back down",
  kind: "DIRECT",
  speaker: { name: "Jane Roe", slug: "jane-roe" },
  article: {
    title: "Talks collapse",
    displayTitle: "Talks collapse",
    slug: "talks-collapse",
    publishedAt: "2018-03-15",
    publisher: "The Daily",
  },
};

function parse(html: string) {
  return parseHTML(html).document;
}

// every element an attacker could use, and every attribute name that is not ours
function injected(document: Document): string[] {
  const allowed = new Set([
    "lang",
    "data-embed-id",
    "charset",
    "name",
    "content",
    "class",
    "href",
    "target",
    "rel",
    "cite",
    "datetime",
    "src",
    "title",
    "width",
    "height",
    "style",
    "sandbox",
    "loading",
    "async",
  ]);
  return [...document.querySelectorAll("*")].flatMap((el) => [
    ...(["IMG", "B", "I"].includes(el.tagName) ? [el.tagName] : []),
    ...el.getAttributeNames().filter((a) => !allowed.has(a)),
  ]);
}

describe("renderQuoteEmbed", () => {
  it("shows the quote, a new-tab profile link, the article title and date", () => {
    const document = parse(renderQuoteEmbed(plainQuote));
    expect(document.querySelector("blockquote")?.textContent).toBe("“We will not back down”");
    const link = document.querySelector("a.who")!;
    expect(link.getAttribute("href")).toBe("/actors/jane-roe");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener");
    expect(document.querySelector("cite")?.textContent).toBe("Talks collapse");
    expect(document.querySelector("time")?.textContent).toBe("15 March 2018");
    expect(document.documentElement.getAttribute("data-embed-id")).toBe(plainQuote.id);
  });

  it("keeps hostile text as text everywhere: body, links, attributes and title", () => {
    const html = renderQuoteEmbed(hostileQuote);
    const document = parse(html);
    expect(document.querySelectorAll("script").length).toBe(1); // only the height script
    expect(injected(document)).toEqual([]);
    expect(document.querySelector("blockquote p")?.textContent).toBe(`“${EVIL}”`);
    expect(document.querySelector("a.who")?.textContent).toBe(hostileQuote.speaker!.name);
    expect(document.querySelector("a.who")?.getAttribute("href")).toBe(
      `/actors/${encodeURIComponent(hostileQuote.speaker!.slug)}`,
    );
    expect(document.documentElement.getAttribute("data-embed-id")).toBe(hostileQuote.id);
    expect(document.querySelector("title")?.textContent).toBe(`Quote by ${hostileQuote.speaker!.name}`);
    expect(html).not.toContain("<script>alert");
  });

  it("links the article by the display title the API serves when it has no headline", () => {
    const document = parse(
      renderQuoteEmbed({
        ...plainQuote,
        article: {
          ...plainQuote.article,
          title: null,
          displayTitle: "Talks collapse in Doha’s old port…",
          slug: "talks-collapse-in-doha-3f42de",
        },
      }),
    );
    expect(document.querySelector("cite")?.textContent).toBe("Talks collapse in Doha’s old port…");
    expect(document.querySelector("cite a")?.getAttribute("href")).toBe("/articles/talks-collapse-in-doha-3f42de");
  });

  it("writes indirect speech without quotation marks and names no speaker when unattributed", () => {
    const document = parse(renderQuoteEmbed({ ...plainQuote, kind: "INDIRECT", speaker: null }));
    expect(document.querySelector("blockquote")?.textContent).toBe("We will not back down");
    expect(document.querySelector(".who")?.textContent).toBe("Unattributed");
  });
});

describe("renderActorEmbed", () => {
  it("names the actor once and lists the quotes, escaped", () => {
    const document = parse(
      renderActorEmbed({
        id: "x",
        name: `<b>Jane</b>`,
        slug: "jane-roe",
        title: `"minister`,
        quotes: [plainQuote, hostileQuote],
      }),
    );
    expect(document.querySelectorAll("li").length).toBe(2);
    expect(document.querySelectorAll("li a.who").length).toBe(0);
    expect(document.querySelector("a.who")?.textContent).toBe("<b>Jane</b>");
    expect(injected(document)).toEqual([]);
  });
});

describe("renderNotFoundEmbed", () => {
  it("has no height script, so loaders keep their fallback", () => {
    expect(parse(renderNotFoundEmbed()).querySelectorAll("script").length).toBe(0);
  });
});

describe("renderEmbedIframe", () => {
  it("escapes the title and URLs into single attributes", () => {
    const document = parse(
      `<body>${renderEmbedIframe({ src: `http://x/embed/quotes/a"b`, title: `“${EVIL}” — Jane`, width: 550, height: 220, loaderSrc: "http://x/embed.js" })}</body>`,
    );
    const iframe = document.querySelector("iframe")!;
    expect(iframe.getAttribute("title")).toBe(`“${EVIL}” — Jane`);
    expect(iframe.getAttribute("src")).toBe(`http://x/embed/quotes/a"b`);
    expect(injected(document)).toEqual([]);
    expect([...document.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual(["http://x/embed.js"]);
  });
});
