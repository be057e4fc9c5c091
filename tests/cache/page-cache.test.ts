import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache } from "@/lib/cache/page-cache.ts";
import { pageKeyOf, withPageCache } from "@/scripts/lib/page-cache-http.ts";

/** A revision source the test moves by hand. */
function revision() {
  let r = "r1";
  return { current: () => r, move: (next: string) => (r = next) };
}

describe("PageCache", () => {
  it("returns a stored page with a strong ETag until the revision moves", () => {
    const rev = revision();
    const cache = new PageCache(rev, { maxEntries: 10, maxBytes: 1e6 });
    const { revision: at } = cache.lookup("a");
    const stored = cache.store("a", at, [["content-type", "text/html"]], Buffer.from("<p>invented page</p>"));
    expect(stored.etag).toMatch(/^"p[\w-]+"$/);
    expect(cache.lookup("a").hit?.body.toString()).toBe("<p>invented page</p>");
    rev.move("r2");
    expect(cache.lookup("a").hit).toBeUndefined();
  });

  it("does not store a page rendered while the revision moved", () => {
    const rev = revision();
    const cache = new PageCache(rev, { maxEntries: 10, maxBytes: 1e6 });
    const { revision: at } = cache.lookup("a");
    rev.move("r2");
    cache.store("a", at, [], Buffer.from("stale"));
    expect(cache.lookup("a").hit).toBeUndefined();
  });
});

describe("withPageCache", () => {
  let renders = 0;
  let server: http.Server;
  let base: string;
  const rev = revision();
  beforeAll(async () => {
    const fakeNext = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      renders++;
      res.setHeader("content-type", req.url === "/feed" ? "application/json" : "text/html; charset=utf-8");
      res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
      if (req.url === "/missing") res.statusCode = 404;
      res.write("<p>render ");
      res.end(`${renders} of ${req.url}</p>`);
    };
    const handle = withPageCache(fakeNext, new PageCache(rev, { maxEntries: 10, maxBytes: 1e6 }));
    server = http.createServer((req, res) => void handle(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it("renders a page once, then answers it from the cache with an ETag and 304 on revalidation", async () => {
    const first = await fetch(`${base}/actors/x`);
    const body = await first.text();
    const before = renders;
    const second = await fetch(`${base}/actors/x`);
    expect(await second.text()).toBe(body);
    expect(renders).toBe(before);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("cache-control")).toBe("no-cache");
    const etag = second.headers.get("etag")!;
    const third = await fetch(`${base}/actors/x`, { headers: { "if-none-match": etag } });
    expect(third.status).toBe(304);
  });

  it("renders again once the data revision moves", async () => {
    await fetch(`${base}/articles/y`);
    rev.move(`r-${Date.now()}`);
    const before = renders;
    const res = await fetch(`${base}/articles/y`);
    expect(res.headers.get("x-page-cache")).toBeNull();
    expect(renders).toBe(before + 1);
  });

  it.each([
    ["a 404", "/missing", {}],
    ["a non-HTML answer", "/feed", {}],
    ["a request with a cookie", "/actors/z", { cookie: "a=b" }],
    ["a React Server Component request", "/actors/z", { rsc: "1" }],
  ])("never serves %s from the cache", async (_name, path, headers) => {
    await fetch(`${base}${path}`, { headers });
    const before = renders;
    const res = await fetch(`${base}${path}`, { headers });
    expect(res.headers.get("x-page-cache")).toBeNull();
    expect(renders).toBe(before + 1);
  });

  it("keys on what a page depends on: Host, forwarded host and compression", () => {
    const req = (headers: Record<string, string>, url = "/a", method = "GET") =>
      ({ method, url, headers }) as unknown as http.IncomingMessage;
    expect(pageKeyOf(req({ host: "a" }))).not.toBe(pageKeyOf(req({ host: "b" })));
    expect(pageKeyOf(req({ host: "a" }))).not.toBe(pageKeyOf(req({ host: "a", "x-forwarded-host": "c" })));
    expect(pageKeyOf(req({ host: "a" }))).not.toBe(pageKeyOf(req({ host: "a", "accept-encoding": "gzip" })));
    expect(pageKeyOf(req({}, "/api/graphql"))).toBeNull();
    expect(pageKeyOf(req({}, "/_next/static/x.js"))).toBeNull();
    expect(pageKeyOf(req({}, "/a", "POST"))).toBeNull();
  });
});
