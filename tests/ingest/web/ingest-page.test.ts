import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPage, keyOf } from "@/lib/ingest/web/ingest-page.ts";
import type { FetchedDocument } from "@/lib/ingest/web/web-fetcher.ts";
import { articlePage } from "@/tests/support/local-site.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

/** A fetched document as the fetcher would give it, without a server. */
const doc = (url: string, text: string, kind: FetchedDocument["kind"] = "html"): FetchedDocument => ({
  url,
  finalUrl: url,
  kind,
  text,
  body: Buffer.from(text),
  validators: { etag: null, lastModified: null },
});

describe("ingestPage", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.cleanup());

  it("keeps the page's own metadata and fills what it lacks from the feed item", async () => {
    const html = articlePage("Ferry fares frozen", "Ann Lowe", "Fares stay as they are").replace(
      "<head>",
      '<head><meta name="author" content="Page Author">',
    );
    const item = { link: "https://c.test/f", title: "Feed title", publishedAt: "2026-11-02", author: "Feed Author" };
    const r = await ingestPage(t.db, doc("https://c.test/f#top", html), item, undefined);
    expect(r).toMatchObject({ source: "https://c.test/f", status: "new" });
    const a = await t.db.article.findUniqueOrThrow({ where: { id: r.articleId } });
    expect(a).toMatchObject({ title: "Ferry fares frozen", author: "Page Author", url: "https://c.test/f" });
    expect(a.publishedAt).toEqual(new Date("2026-11-02T00:00:00Z"));
    expect(await t.db.fetchedUrl.findUniqueOrThrow({ where: { url: "https://c.test/f" } })).toMatchObject({
      status: "INGESTED",
      articleId: a.id,
    });
  });

  it.each([
    ["a feed where a page is wanted", doc("https://c.test/feed", "<rss/>", "feed"), "a feed, not an article page"],
    [
      "a page without text",
      doc("https://c.test/empty", "<html><body></body></html>"),
      "no article text found in the HTML",
    ],
  ])("refuses %s for good, recording why", async (_name, d, reason) => {
    expect(await ingestPage(t.db, d, null, undefined)).toEqual({ source: d.url, status: "failed", reason });
    expect(await t.db.fetchedUrl.findUniqueOrThrow({ where: { url: d.url } })).toMatchObject({
      status: "REFUSED",
      reason,
      articleId: null,
    });
  });

  it("keys a URL without its fragment", () => {
    expect(keyOf("https://c.test/a?b=1#c")).toBe("https://c.test/a?b=1");
  });
});
