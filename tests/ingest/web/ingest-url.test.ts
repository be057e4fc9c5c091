import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestUrl } from "@/lib/ingest/web/ingest-url.ts";
import { parsePrivateHostAllowance } from "@/lib/ingest/web/ssrf-guard.ts";
import { createWebFetcher, type WebFetcher } from "@/lib/ingest/web/web-fetcher.ts";
import { articlePage, rssFeed, startLocalSite, type LocalSite } from "@/tests/support/local-site.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const fetcherFor = (): WebFetcher =>
  createWebFetcher({
    allow: parsePrivateHostAllowance("127.0.0.1"),
    timeoutMs: 5000,
    maxBytes: 1 << 20,
    hostDelayMs: 0,
  });

describe("ingestUrl", () => {
  let t: TestDb;
  let site: LocalSite;
  beforeAll(async () => {
    [t, site] = await Promise.all([createTestDb(), startLocalSite()]);
  });
  afterAll(async () => {
    await Promise.all([t.cleanup(), site.close()]);
  });
  beforeEach(() => {
    site.requests.length = 0;
  });

  it("ingests an article page, then finds the same bytes unchanged without extracting again", async () => {
    site.routes.set("/page/lamps", {
      body: articlePage("Street lamps switched on", "Ida Penn", "Every lamp works now"),
    });
    const first = await ingestUrl(t.db, `${site.origin}/page/lamps`, { fetcher: fetcherFor() });
    expect(first).toMatchObject({ kind: "page", error: null, skipped: [], pending: 0 });
    expect(first.items).toMatchObject([{ source: `${site.origin}/page/lamps`, status: "new" }]);
    const article = await t.db.article.findUniqueOrThrow({ where: { id: first.items[0]!.articleId } });
    expect(article).toMatchObject({ title: "Street lamps switched on", url: `${site.origin}/page/lamps` });

    const again = await ingestUrl(t.db, `${site.origin}/page/lamps`, { fetcher: fetcherFor() });
    expect(again.items).toEqual([{ source: `${site.origin}/page/lamps`, status: "unchanged", articleId: article.id }]);
    expect(await t.db.fetchedUrl.findUniqueOrThrow({ where: { url: `${site.origin}/page/lamps` } })).toMatchObject({
      status: "INGESTED",
      articleId: article.id,
    });
  });

  it("ingests a feed's three items once each, with the feed's date and author where the page has none", async () => {
    site.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: rssFeed([
        {
          link: "/news/1",
          title: "Ferry timetable changes",
          date: "Mon, 30 Nov 2026 08:00:00 GMT",
          author: "Ola Brandt",
        },
        { link: "/news/2", title: "Library opens late" },
        { link: `${site.origin}/news/3`, title: "Bakery wins prize" },
      ]),
    });
    site.routes.set("/news/1", { body: articlePage("Ferry timetable changes", "Ron Vale", "The early ferry stays") });
    site.routes.set("/news/2", { body: articlePage("Library opens late", "Mia Holt", "We open until nine") });
    site.routes.set("/news/3", { body: articlePage("Bakery wins prize", "Tom Reyes", "The rye bread won") });

    const first = await ingestUrl(t.db, `${site.origin}/feed.xml`, { fetcher: fetcherFor() });
    expect(first.kind).toBe("feed");
    expect(first.items.map((i) => [i.source, i.status])).toEqual([
      [`${site.origin}/news/1`, "new"],
      [`${site.origin}/news/2`, "new"],
      [`${site.origin}/news/3`, "new"],
    ]);
    const ferry = await t.db.article.findUniqueOrThrow({ where: { id: first.items[0]!.articleId } });
    expect(ferry).toMatchObject({ author: "Ola Brandt", publishedAt: new Date("2026-11-30T00:00:00Z") });

    const second = await ingestUrl(t.db, `${site.origin}/feed.xml`, { fetcher: fetcherFor() });
    expect(second.items).toEqual([]);
    expect(second.skipped.map((s) => s.reason)).toEqual(Array(3).fill("fetched before (ingested)"));
    expect(site.requests.filter((p) => p.startsWith("/news/"))).toEqual(["/news/1", "/news/2", "/news/3"]);
  });

  it("records a refused item for good and retries an item that failed", async () => {
    site.routes.set("/mixed.xml", {
      type: "application/rss+xml",
      body: rssFeed([
        { link: "http://10.1.1.1/inside", title: "Inside" },
        { link: "/flaky", title: "Flaky" },
      ]),
    });
    site.routes.set("/flaky", { status: 503, body: "busy" });
    const first = await ingestUrl(t.db, `${site.origin}/mixed.xml`, { fetcher: fetcherFor() });
    expect(first.items.map((i) => [i.status, i.reason])).toEqual([
      ["failed", expect.stringMatching(/^10\.1\.1\.1 is a private address/)],
      ["failed", `${site.origin}/flaky: HTTP 503`],
    ]);
    site.routes.set("/flaky", { body: articlePage("Flaky page returns", "Eve Lund", "It works again") });
    const second = await ingestUrl(t.db, `${site.origin}/mixed.xml`, { fetcher: fetcherFor() });
    expect(second.skipped.map((s) => s.path)).toEqual(["http://10.1.1.1/inside"]);
    expect(second.items.map((i) => [i.source, i.status])).toEqual([[`${site.origin}/flaky`, "new"]]);
  });

  it("fetches at most maxItems new items and counts the rest as pending", async () => {
    site.routes.set("/many.xml", {
      type: "application/rss+xml",
      body: rssFeed([1, 2, 3].map((i) => ({ link: `/many/${i}`, title: `Many ${i}` }))),
    });
    for (const i of [1, 2, 3])
      site.routes.set(`/many/${i}`, {
        body: articlePage(`Harbour report number ${i}`, "Kit Moss", `Report ${i} is out`),
      });
    const r = await ingestUrl(t.db, `${site.origin}/many.xml`, { fetcher: fetcherFor(), maxItems: 2 });
    expect([r.items.length, r.pending]).toEqual([2, 1]);
  });

  it("starts no feed item after the deadline, but always the first", async () => {
    site.routes.set("/late.xml", {
      type: "application/rss+xml",
      body: rssFeed([1, 2, 3].map((i) => ({ link: `/late/${i}`, title: `Late ${i}` }))),
    });
    for (const i of [1, 2, 3])
      site.routes.set(`/late/${i}`, {
        body: articlePage(`Night bus route ${i} added`, "Bo Lind", `Route ${i} runs late`),
      });
    const r = await ingestUrl(t.db, `${site.origin}/late.xml`, {
      fetcher: fetcherFor(),
      deadline: 100,
      now: () => 100,
    });
    expect(r.items.map((i) => i.source)).toEqual([`${site.origin}/late/1`]);
    expect(r.pending).toBe(2);
  });

  it.each([
    ["a page where a feed is wanted", "/page/lamps", { feedsOnly: true }, /an HTML page, not an RSS or Atom feed$/],
    ["a missing page", "/nowhere", {}, /\/nowhere: HTTP 404$/],
    ["a private address", "http://192.168.0.10/feed.xml", {}, /^192\.168\.0\.10 is a private address/],
  ])("returns an error, not an exception, for %s", async (_name, path, opts, message) => {
    const url = path.startsWith("/") ? `${site.origin}${path}` : path;
    const r = await ingestUrl(t.db, url, { fetcher: fetcherFor(), ...opts });
    expect(r).toMatchObject({ kind: null, items: [], error: expect.stringMatching(message) });
  });
});

describe("npm run ingest -- URL", () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  const run = (t: TestDb, url: string, allow: string) =>
    promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/ingest.ts"), url], {
      cwd: root,
      // a pause between requests to the host: the process must wait for it, not exit
      env: { ...process.env, DATABASE_URL: t.url, INGEST_ALLOW_PRIVATE_HOSTS: allow, INGEST_HOST_DELAY_MS: "20" },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("ingests a feed's items, skips them on a second run, and fails on a private address without the setting", async () => {
    const [t, site] = await Promise.all([createTestDb(), startLocalSite()]);
    try {
      await t.db.$disconnect();
      site.routes.set("/feed.xml", {
        type: "application/rss+xml",
        body: rssFeed([
          { link: "/x/1", title: "Dune path closed" },
          { link: "/x/2", title: "Lighthouse repainted" },
        ]),
      });
      site.routes.set("/x/1", { body: articlePage("Dune path closed", "Pia Stone", "The path needs new fencing") });
      site.routes.set("/x/2", { body: articlePage("Lighthouse repainted", "Gus Hale", "Red and white again") });
      const first = await run(t, `${site.origin}/feed.xml`, "127.0.0.1");
      expect([first.code, first.stdout.trim()]).toEqual([0, "ingest: 2 new, 0 unchanged, 0 updated, 0 failed"]);
      const second = await run(t, `${site.origin}/feed.xml`, "127.0.0.1");
      expect(second.stdout.trim()).toBe("ingest: 0 new, 0 unchanged, 0 updated, 0 failed, 2 skipped");
      expect(second.stderr).toContain(`skipped: ${site.origin}/x/1: fetched before (ingested)`);
      const refused = await run(t, `${site.origin}/feed.xml`, "");
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`failed: ${site.origin}/feed.xml: 127.0.0.1 is a loopback address`);
    } finally {
      await Promise.all([t.cleanup(), site.close()]);
    }
  });
});
