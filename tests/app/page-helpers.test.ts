import { describe, expect, it } from "vitest";
import { buildEmbedCode, escapeHtml } from "@/app/_components/embed-code.ts";
import { splitOnTerm } from "@/app/_components/highlighted.tsx";
import { serializeJsonLd } from "@/app/_components/json-ld.tsx";
import { hrefWith, param } from "@/app/_components/search-params.ts";
import { buildActorFeed, toRfc3339 } from "@/app/actors/[slug]/feed.json/build-actor-feed.ts";
import { buildActorRss, toRfc822 } from "@/app/actors/[slug]/feed.xml/build-actor-rss.ts";

describe("serializeJsonLd", () => {
  it("cannot close the script element it sits in", () => {
    const s = serializeJsonLd({ text: "</script><script>alert(1)</script> & \u2028" });
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual({ text: "</script><script>alert(1)</script> & \u2028" });
  });
});

describe("buildEmbedCode", () => {
  it("escapes the quote and speaker and points the script at the origin", () => {
    const code = buildEmbedCode(
      { id: "UXVvdGU6MQ==", text: 'No <b>deal</b> & "never"', speaker: "A <i>B</i>" },
      "https://nkg.example",
    );
    expect(code).toBe(
      '<blockquote class="nkg-quote" data-quote-id="UXVvdGU6MQ=="><p>No &lt;b&gt;deal&lt;/b&gt; &amp; &quot;never&quot;</p>— A &lt;i&gt;B&lt;/i&gt;</blockquote><script async src="https://nkg.example/embed.js"></script>',
    );
  });

  it("escapes every HTML-special character", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});

describe("search params", () => {
  it("reads the first trimmed value and drops blanks", () => {
    expect(param({ q: ["  atmar ", "x"], e: "  " }, "q")).toBe("atmar");
    expect(param({ e: "  " }, "e")).toBeNull();
  });

  it("writes links without empty parameters", () => {
    expect(hrefWith("/actors", { q: "a b", type: null, sort: "" })).toBe("/actors?q=a+b");
  });
});

describe("buildActorFeed", () => {
  it("is a JSON Feed 1.1 with RFC 3339 dates", () => {
    const feed = buildActorFeed(
      { slug: "atmar", name: "Atmar", title: null },
      [
        {
          id: "Q1",
          text: "Talk",
          kind: "DIRECT",
          cue: null,
          start: 0,
          end: 4,
          speaker: null,
          context: { start: 0, end: 4, text: "Talk" },
          article: { slug: "a", title: "T", displayTitle: "T", publisher: null, publishedAt: "2018-03" },
        },
      ],
      "http://x",
    );
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      feed_url: "http://x/actors/atmar/feed.json",
      items: [{ id: "Q1", url: "http://x/quotes/Q1", date_published: "2018-03-01T00:00:00Z" }],
    });
    expect(toRfc3339(null)).toBeUndefined();
  });
});

describe("buildActorRss", () => {
  const quote = {
    id: "Q1",
    text: "</title><script>x</script> & more",
    kind: "DIRECT" as const,
    cue: null,
    start: 0,
    end: 4,
    speaker: null,
    context: { start: 0, end: 4, text: "Talk" },
    article: { slug: "a", title: "T", displayTitle: "T", publisher: null, publishedAt: "2018-03-19" },
  };

  it("escapes every text so quotes cannot add markup", () => {
    const xml = buildActorRss({ slug: "atmar", name: "A & B", title: null }, [quote], "http://x");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &amp; more");
    expect(xml).toContain("<title>Quotes of A &amp; B</title>");
    expect(xml).toContain("<pubDate>Mon, 19 Mar 2018 00:00:00 GMT</pubDate>");
  });

  it("dates partial dates at the start of their period", () => {
    expect(toRfc822("2018")).toBe("Mon, 01 Jan 2018 00:00:00 GMT");
    expect(toRfc822(null)).toBeNull();
  });
});

describe("splitOnTerm", () => {
  it.each([
    [
      "Talks with the Haqqani Network and haqqanis",
      "haqqani",
      [
        ["Talks with the ", false],
        ["Haqqani", true],
        [" Network and ", false],
        ["haqqani", true],
        ["s", false],
      ],
    ],
    ["No match here", "Atmar", [["No match here", false]]],
    [
      "a+b (c)",
      "+b (",
      [
        ["a", false],
        ["+b (", true],
        ["c)", false],
      ],
    ],
    ["", null, [["", false]]],
  ])("splits %s on %s", (text, term, runs) =>
    expect(splitOnTerm(text, term).map((r) => [r.text, r.hit])).toEqual(runs),
  );
});
