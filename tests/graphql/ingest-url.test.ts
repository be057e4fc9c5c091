import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetSettings } from "@/lib/settings/settings.ts";
import { articlePage, rssFeed, startLocalSite, type LocalSite } from "@/tests/support/local-site.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { codes, executor, ok, TEST_TOKEN } from "./support/exec.ts";

const INGEST_URL = `mutation($url: String!) {
  ingestUrl(input: { url: $url }) { kind seenBefore pending items { url status reason article { title } } userErrors { message field } }
}`;

describe("ingestUrl mutation", () => {
  let t: TestDb;
  let site: LocalSite;
  let run: ReturnType<typeof executor>;
  const allowLocal = (value: string | undefined) => {
    if (value === undefined) delete process.env.INGEST_ALLOW_PRIVATE_HOSTS;
    else process.env.INGEST_ALLOW_PRIVATE_HOSTS = value;
    process.env.INGEST_HOST_DELAY_MS = "0";
    resetSettings();
  };
  beforeAll(async () => {
    [t, site] = await Promise.all([createTestDb(), startLocalSite()]);
    run = executor(t.db, { authorization: `Bearer ${TEST_TOKEN}`, apiToken: TEST_TOKEN });
    site.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: rssFeed([
        { link: "/a", title: "Canal locks reopen" },
        { link: "/b", title: "Choir tours abroad" },
        { link: "http://10.20.30.40/c", title: "Intranet note" },
      ]),
    });
    site.routes.set("/a", { body: articlePage("Canal locks reopen", "Una Grey", "Boats can pass again") });
    site.routes.set("/b", { body: articlePage("Choir tours abroad", "Lars Ek", "We sing in six towns") });
  });
  beforeEach(() => {
    site.requests.length = 0;
  });
  afterEach(() => {
    delete process.env.INGEST_HOST_DELAY_MS;
    allowLocal(undefined);
  });
  afterAll(async () => {
    await Promise.all([t.cleanup(), site.close()]);
  });

  it("needs the editor's token before fetching anything", async () => {
    const r = await run(INGEST_URL, { url: `${site.origin}/feed.xml` }, { authorization: null });
    expect(codes(r)).toEqual(["UNAUTHENTICATED"]);
    expect(site.requests).toEqual([]);
  });

  it.each([
    ["a loopback address", () => `${site.origin}/feed.xml`, /^127\.0\.0\.1 is a loopback address, not a public one/],
    ["a name of a loopback address", () => `http://localhost:${new URL(site.origin).port}/feed.xml`, /^localhost \(/],
    ["the metadata address", () => "http://169.254.169.254/latest/", /^169\.254\.169\.254 is a linkLocal address/],
    ["a decimal form of loopback", () => "http://2130706433/feed.xml", /^127\.0\.0\.1 is a loopback address/],
  ])("refuses a feed on %s with a user error, fetching nothing", async (_name, url, message) => {
    allowLocal(undefined);
    const before = await t.db.article.count();
    const r = ok(await run(INGEST_URL, { url: url() })).ingestUrl;
    expect(r).toMatchObject({ kind: null, items: [], seenBefore: 0, pending: 0 });
    expect(r.userErrors).toEqual([{ message: expect.stringMatching(message), field: ["input", "url"] }]);
    expect(r.userErrors[0].message).toContain("INGEST_ALLOW_PRIVATE_HOSTS");
    expect(site.requests).toEqual([]);
    expect(await t.db.article.count()).toBe(before);
  });

  it.each(["not a url", "ftp://files.test/feed.xml", "javascript:alert(1)"])(
    "answers %j with a user error naming it",
    async (url) => {
      const r = ok(await run(INGEST_URL, { url })).ingestUrl;
      expect(r.userErrors).toEqual([{ message: `"${url}" is not an http(s) URL.`, field: ["input", "url"] }]);
    },
  );

  it("ingests a feed's items once each where the setting allows the host, refusing a private item link", async () => {
    allowLocal("127.0.0.1");
    const first = ok(await run(INGEST_URL, { url: `${site.origin}/feed.xml` })).ingestUrl;
    expect(first).toMatchObject({ kind: "FEED", seenBefore: 0, pending: 0, userErrors: [] });
    expect(first.items).toEqual([
      { url: `${site.origin}/a`, status: "NEW", reason: null, article: { title: "Canal locks reopen" } },
      { url: `${site.origin}/b`, status: "NEW", reason: null, article: { title: "Choir tours abroad" } },
      {
        url: "http://10.20.30.40/c",
        status: null,
        article: null,
        reason: expect.stringMatching(/^10\.20\.30\.40 is a private address/),
      },
    ]);
    const again = ok(await run(INGEST_URL, { url: `${site.origin}/feed.xml` })).ingestUrl;
    expect(again).toMatchObject({ kind: "FEED", items: [], seenBefore: 3, userErrors: [] });
  });

  it("ingests a page", async () => {
    allowLocal("127.0.0.1");
    site.routes.set("/page", { body: articlePage("Orchard harvest early", "Ivy Ross", "The apples are ready") });
    const r = ok(await run(INGEST_URL, { url: `${site.origin}/page` })).ingestUrl;
    expect(r).toMatchObject({ kind: "PAGE", items: [{ status: "NEW", article: { title: "Orchard harvest early" } }] });
  });
});
