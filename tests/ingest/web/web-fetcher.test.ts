import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FetchError } from "@/lib/ingest/web/request-once.ts";
import { NO_PRIVATE_HOSTS, parsePrivateHostAllowance, PrivateAddressError } from "@/lib/ingest/web/ssrf-guard.ts";
import { createWebFetcher, ROBOTS_AGENT, type WebFetcherOptions } from "@/lib/ingest/web/web-fetcher.ts";
import { articlePage, rssFeed, startLocalSite, type LocalSite } from "@/tests/support/local-site.ts";

const options = (o: Partial<WebFetcherOptions> = {}): WebFetcherOptions => ({
  allow: parsePrivateHostAllowance("127.0.0.1"),
  timeoutMs: 5000,
  maxBytes: 64 * 1024,
  hostDelayMs: 0,
  ...o,
});

describe("createWebFetcher", () => {
  let site: LocalSite;
  beforeAll(async () => {
    site = await startLocalSite();
  });
  afterAll(() => site.close());
  beforeEach(() => {
    site.routes.clear();
    site.requests.length = 0;
    site.userAgents.length = 0;
  });

  it("fetches an HTML page with a user agent naming the product, after reading robots.txt", async () => {
    site.routes.set("/a", { body: articlePage("Harbour wall repaired", "Ada Quill", "The wall will hold") });
    const doc = await createWebFetcher(options()).fetchDocument(`${site.origin}/a`);
    expect(doc).toMatchObject({ kind: "html", url: `${site.origin}/a`, finalUrl: `${site.origin}/a` });
    expect(doc.text).toContain("Harbour wall repaired");
    expect(site.requests).toEqual(["/robots.txt", "/a"]);
    expect(site.userAgents.every((ua) => ua.startsWith(`${ROBOTS_AGENT}/`))).toBe(true);
  });

  it("recognises a feed by its root element whatever the content type says", async () => {
    site.routes.set("/feed", { type: "text/xml", body: rssFeed([{ link: "/a", title: "A" }]) });
    expect((await createWebFetcher(options()).fetchDocument(`${site.origin}/feed`)).kind).toBe("feed");
  });

  it("refuses a path robots.txt disallows, and reads robots.txt once per origin", async () => {
    site.routes.set("/robots.txt", { type: "text/plain", body: `User-agent: ${ROBOTS_AGENT}\nDisallow: /private/\n` });
    site.routes.set("/private/a", { body: articlePage("Secret", "A B", "x") });
    site.routes.set("/open", { body: articlePage("Open", "A B", "x") });
    const f = createWebFetcher(options());
    await expect(f.fetchDocument(`${site.origin}/private/a`)).rejects.toThrow(
      `${site.origin}/robots.txt disallows /private/a for ${ROBOTS_AGENT}`,
    );
    await f.fetchDocument(`${site.origin}/open`);
    expect(site.requests).toEqual(["/robots.txt", "/open"]);
  });

  it("holds an origin back while its robots.txt fails with a server error", async () => {
    site.routes.set("/robots.txt", { status: 503, type: "text/plain", body: "busy" });
    site.routes.set("/a", { body: articlePage("Open", "A B", "x") });
    const err = await createWebFetcher(options())
      .fetchDocument(`${site.origin}/a`)
      .catch((e: FetchError) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).permanent).toBe(false);
    expect((err as FetchError).message).toMatch(/robots\.txt could not be read \(.*HTTP 503\)/);
  });

  it("follows redirects, checking each hop", async () => {
    site.routes.set("/old", { status: 301, headers: { location: "/new" } });
    site.routes.set("/new", { body: articlePage("Moved", "A B", "x") });
    const doc = await createWebFetcher(options()).fetchDocument(`${site.origin}/old`);
    expect(doc.finalUrl).toBe(`${site.origin}/new`);
  });

  it.each([
    ["a private address", "http://10.0.0.7/inside", /10\.0\.0\.7 is a private address/],
    ["the metadata address", "http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is a linkLocal address/],
    ["another scheme", "file:///etc/passwd", /only http and https URLs are fetched/],
  ])("refuses a redirect to %s", async (_name, location, message) => {
    site.routes.set("/go", { status: 302, headers: { location } });
    await expect(createWebFetcher(options()).fetchDocument(`${site.origin}/go`)).rejects.toThrow(message);
  });

  it("refuses more than five redirects", async () => {
    for (let i = 0; i < 7; i++) site.routes.set(`/r${i}`, { status: 302, headers: { location: `/r${i + 1}` } });
    await expect(createWebFetcher(options()).fetchDocument(`${site.origin}/r0`)).rejects.toThrow(
      `${site.origin}/r5: more than 5 redirects`,
    );
  });

  it("refuses a private address without the allowance, before connecting", async () => {
    site.routes.set("/a", { body: articlePage("Open", "A B", "x") });
    const f = createWebFetcher(options({ allow: NO_PRIVATE_HOSTS }));
    await expect(f.fetchDocument(`${site.origin}/a`)).rejects.toThrow(PrivateAddressError);
    await expect(f.fetchDocument(`http://localhost:${new URL(site.origin).port}/a`)).rejects.toThrow(
      /^localhost \(.+\) is a loopback address/,
    );
    expect(site.requests).toEqual([]);
  });

  it("refuses a body over the size cap, declared or streamed", async () => {
    const big = "x".repeat(70 * 1024);
    const page = `<html><body>${big}</body></html>`;
    site.routes.set("/declared", { body: page, headers: { "content-length": String(Buffer.byteLength(page)) } });
    site.routes.set("/streamed", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 70; i++) res.write("y".repeat(1024));
      res.end();
    });
    const f = createWebFetcher(options());
    await expect(f.fetchDocument(`${site.origin}/declared`)).rejects.toThrow(/bytes, over the limit of 65536/);
    await expect(f.fetchDocument(`${site.origin}/streamed`)).rejects.toThrow(/more than the limit of 65536 bytes/);
  });

  it("refuses content that is neither HTML nor a feed", async () => {
    site.routes.set("/img", { type: "image/png", body: Buffer.from([137, 80, 78, 71]) });
    site.routes.set("/xml", { type: "application/xml", body: "<?xml version='1.0'?><catalog/>" });
    const f = createWebFetcher(options());
    await expect(f.fetchDocument(`${site.origin}/img`)).rejects.toThrow('content type "image/png" is not fetched');
    await expect(f.fetchDocument(`${site.origin}/xml`)).rejects.toThrow("XML that is neither an RSS nor an Atom feed");
  });

  it("gives up on a server that does not answer within the timeout", async () => {
    site.routes.set("/slow", () => {
      /* never answers */
    });
    await expect(createWebFetcher(options({ timeoutMs: 300 })).fetchDocument(`${site.origin}/slow`)).rejects.toThrow(
      "no complete answer within 0.3 s",
    );
  });

  it("connects to the address its own lookup checked, never asking the system resolver again", async () => {
    site.routes.set("/a", { body: articlePage("Pinned", "A B", "x") });
    const port = new URL(site.origin).port;
    // news.test exists nowhere but in this lookup: the request reaching the site proves the socket used it
    const resolveAll = async () => [{ address: "127.0.0.1", family: 4 }];
    const doc = await createWebFetcher(options({ resolveAll })).fetchDocument(`http://news.test:${port}/a`);
    expect(doc.text).toContain("Pinned");
    const refused = createWebFetcher(options({ resolveAll, allow: NO_PRIVATE_HOSTS }));
    site.requests.length = 0;
    await expect(refused.fetchDocument(`http://news.test:${port}/a`)).rejects.toThrow(
      /^news\.test \(127\.0\.0\.1\) is a loopback address/,
    );
    expect(site.requests).toEqual([]);
  });

  it("decodes a page by the charset in its header, else in the page", async () => {
    const latin1 = (s: string) => Buffer.from(s, "latin1");
    site.routes.set("/meta", {
      type: "text/html",
      body: latin1(`<html><head><meta charset="iso-8859-1"></head><body><p>Café crème</p></body></html>`),
    });
    site.routes.set("/header", {
      type: "text/html; charset=ISO-8859-1",
      body: latin1("<html><body><p>Señor Núñez</p></body></html>"),
    });
    const f = createWebFetcher(options());
    expect((await f.fetchDocument(`${site.origin}/meta`)).text).toContain("Café crème");
    expect((await f.fetchDocument(`${site.origin}/header`)).text).toContain("Señor Núñez");
  });

  it("refuses what is not a URL", async () => {
    await expect(createWebFetcher(options()).fetchDocument("not a url")).rejects.toThrow('"not a url" is not a URL');
  });
});
