import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePrivateHostAllowance } from "@/lib/ingest/web/ssrf-guard.ts";
import { createFeedWatcher, parseInterval, summarizeUrlResults } from "@/lib/ingest/web/watch-feeds.ts";
import { createWebFetcher } from "@/lib/ingest/web/web-fetcher.ts";
import { articlePage, rssFeed, startLocalSite, type LocalSite } from "@/tests/support/local-site.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const STORIES = [
  ["Tram line extended", "Lea Ford", "The new stops open in spring"],
  ["School roof mended", "Sam Ruiz", "Lessons go on as usual"],
  ["Park fountain restored", "Nia Cole", "Water flows again"],
  ["Harbour crane arrives", "Otto Kern", "It lifts forty tonnes"],
] as const;

describe("createFeedWatcher", () => {
  let t: TestDb;
  let site: LocalSite;
  const publish = (n: number) => {
    site.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: rssFeed(STORIES.slice(0, n).map(([title], i) => ({ link: `/story/${i + 1}`, title }))),
    });
    STORIES.slice(0, n).forEach(([title, who, said], i) =>
      site.routes.set(`/story/${i + 1}`, { body: articlePage(title, who, said) }),
    );
  };
  beforeAll(async () => {
    [t, site] = await Promise.all([createTestDb(), startLocalSite()]);
  });
  afterAll(async () => {
    await Promise.all([t.cleanup(), site.close()]);
  });

  it("ingests a feed's three items on the first tick and, on a later tick, only the fourth added since", async () => {
    const fetcher = createWebFetcher({
      allow: parsePrivateHostAllowance("127.0.0.1"),
      timeoutMs: 5000,
      maxBytes: 1 << 20,
      hostDelayMs: 0,
    });
    const watcher = createFeedWatcher(t.db, [`${site.origin}/feed.xml`], fetcher);
    publish(3);
    const first = summarizeUrlResults(await watcher.tick());
    expect(first.counts).toEqual({ new: 3, unchanged: 0, updated: 0, failed: 0 });

    publish(4);
    const second = summarizeUrlResults(await watcher.tick());
    expect(second.counts).toEqual({ new: 1, unchanged: 0, updated: 0, failed: 0 });
    expect(second.items[0]!.source).toBe(`${site.origin}/story/4`);
    expect(second.skipped).toHaveLength(3);
    expect(await t.db.article.count()).toBe(4);
    expect(site.requests.filter((p) => p.startsWith("/story/"))).toEqual([
      "/story/1",
      "/story/2",
      "/story/3",
      "/story/4",
    ]);
  });

  it("reports a feed that cannot be read as a failed item and goes on with the others", async () => {
    const fetcher = createWebFetcher({
      allow: parsePrivateHostAllowance("127.0.0.1"),
      timeoutMs: 5000,
      maxBytes: 1 << 20,
      hostDelayMs: 0,
    });
    const watcher = createFeedWatcher(t.db, [`${site.origin}/gone.xml`, `${site.origin}/feed.xml`], fetcher);
    const s = summarizeUrlResults(await watcher.tick());
    expect(s.items).toEqual([
      { source: `${site.origin}/gone.xml`, status: "failed", reason: `${site.origin}/gone.xml: HTTP 404` },
    ]);
    expect(s.skipped).toHaveLength(4);
  });
});

describe("createFeedWatcher, conditionally", () => {
  let t: TestDb;
  let site: LocalSite;
  beforeAll(async () => {
    [t, site] = await Promise.all([createTestDb(), startLocalSite()]);
  });
  afterAll(async () => {
    await Promise.all([t.cleanup(), site.close()]);
  });

  it("sends the feed's ETag back and reads nothing when the feed answers 304 Not Modified", async () => {
    let version = 1;
    const conditional: (string | undefined)[] = [];
    site.routes.set("/etag.xml", (req, res) => {
      const etag = `"v${version}"`;
      conditional.push(req.headers["if-none-match"] as string | undefined);
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
      const items = STORIES.slice(0, version + 1).map(([title], i) => ({ link: `/e/${i + 1}`, title }));
      res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(rssFeed(items));
    });
    STORIES.forEach(([title, who, said], i) => site.routes.set(`/e/${i + 1}`, { body: articlePage(title, who, said) }));
    const fetcher = createWebFetcher({
      allow: parsePrivateHostAllowance("127.0.0.1"),
      timeoutMs: 5000,
      maxBytes: 1 << 20,
      hostDelayMs: 0,
    });
    const watcher = createFeedWatcher(t.db, [`${site.origin}/etag.xml`], fetcher);
    expect(summarizeUrlResults(await watcher.tick()).counts.new).toBe(2);
    const unchanged = await watcher.tick();
    expect(unchanged[0]).toMatchObject({ kind: "feed", notModified: true, items: [], skipped: [] });
    version = 2;
    expect(summarizeUrlResults(await watcher.tick()).counts.new).toBe(1);
    expect(conditional).toEqual([undefined, '"v1"', '"v1"']);
  });
});

describe("parseInterval", () => {
  it.each([
    ["90s", 90_000],
    ["15m", 900_000],
    ["2h", 7_200_000],
    ["5", 300_000],
    ["1.5m", 90_000],
  ])("reads %s as %i ms", (value, ms) => {
    expect(parseInterval(value)).toBe(ms);
  });

  it.each(["", "0s", "fast", "15 minutes", "-1m"])("throws naming %j", (value) => {
    expect(() => parseInterval(value)).toThrow(`--every "${value}": expected a duration of at least 1s`);
  });
});
