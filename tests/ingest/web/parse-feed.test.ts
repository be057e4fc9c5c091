import { describe, expect, it } from "vitest";
import { InvalidArticleError } from "@/lib/ingest/errors.ts";
import { feedDateOf, MAX_FEED_ITEMS, parseFeed } from "@/lib/ingest/web/parse-feed.ts";

const BASE = "https://courier.test/feeds/main.xml";

describe("parseFeed", () => {
  it("reads an RSS 2.0 feed's items: link (relative ones resolved), title, date and author", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>Courier</title>
      <item><title>Ferry &amp; bus fares</title><link>/news/fares#top</link><pubDate>Tue, 02 Dec 2026 23:30:00 -0500</pubDate><dc:creator>Ada Quill</dc:creator></item>
      <item><title><![CDATA[Market <b>day</b>]]></title><guid>https://courier.test/news/market</guid></item>
      <item><title>No link</title><guid isPermaLink="false">abc-123</guid></item>
      <item><title>Again</title><link>https://courier.test/news/fares</link></item>
    </channel></rss>`;
    expect(parseFeed(xml, BASE)).toEqual({
      title: "Courier",
      items: [
        {
          link: "https://courier.test/news/fares",
          title: "Ferry & bus fares",
          publishedAt: "2026-12-02",
          author: "Ada Quill",
        },
        { link: "https://courier.test/news/market", title: "Market <b>day</b>", publishedAt: null, author: null },
      ],
    });
  });

  it("reads an Atom feed: the alternate link, published before updated, the entry's or feed's author", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Courier</title><author><name>Desk</name></author>
      <entry><title>Bridge</title><link rel="self" href="/self/1"/><link rel="alternate" href="https://courier.test/bridge"/>
        <updated>2026-11-30T10:00:00Z</updated><published>2026-11-29T09:00:00+02:00</published><author><name>Ben Marsh</name></author></entry>
      <entry><title>Tunnel</title><link href="tunnel.html"/><updated>2026-11-28T10:00:00Z</updated></entry>
    </feed>`;
    expect(parseFeed(xml, BASE).items).toEqual([
      { link: "https://courier.test/bridge", title: "Bridge", publishedAt: "2026-11-29", author: "Ben Marsh" },
      { link: "https://courier.test/feeds/tunnel.html", title: "Tunnel", publishedAt: "2026-11-28", author: "Desk" },
    ]);
  });

  it("reads an RSS 1.0 (RDF) feed", () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF Courier</title></channel>
      <item><title>Pier</title><link>https://courier.test/pier</link><dc:date>2026-10-01</dc:date></item></rdf:RDF>`;
    expect(parseFeed(xml, BASE)).toEqual({
      title: "RDF Courier",
      items: [{ link: "https://courier.test/pier", title: "Pier", publishedAt: "2026-10-01", author: null }],
    });
  });

  it("drops links that are not http(s) and keeps at most MAX_FEED_ITEMS items", () => {
    const items = Array.from(
      { length: MAX_FEED_ITEMS + 5 },
      (_, i) => `<item><link>https://courier.test/${i}</link></item>`,
    );
    const xml = `<rss><channel><item><link>javascript:alert(1)</link></item>${items.join("")}</channel></rss>`;
    const feed = parseFeed(xml, BASE);
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items[0]!.link).toBe("https://courier.test/0");
  });

  it.each([
    ["XML of another kind", "<catalog><book/></catalog>", "XML that is neither an RSS nor an Atom feed"],
    ["malformed XML", "<rss><channel><item></channel>", "not well-formed XML"],
  ])("throws InvalidArticleError naming the URL for %s", (_name, xml, message) => {
    expect(() => parseFeed(xml, BASE)).toThrow(InvalidArticleError);
    expect(() => parseFeed(xml, BASE)).toThrow(`${BASE}: ${message}`);
  });
});

describe("feedDateOf", () => {
  it.each([
    ["Tue, 02 Dec 2026 23:30:00 -0500", "2026-12-02"],
    ["2 Dec 26 08:00 GMT", "2026-12-02"],
    ["2026-12-02T23:30:00-05:00", "2026-12-02"],
    ["Tuesday", null],
    [null, null],
  ])("reads %j as %j, the calendar date as written", (value, expected) => {
    expect(feedDateOf(value)).toBe(expected);
  });
});
