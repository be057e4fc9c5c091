import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorpus } from "@/tests/graphql/support/fixtures.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

// the API handler of the lean server (scripts/lib/app-server.ts), without Next: the route
// module reads DATABASE_URL when first used, so the test database is named before importing it
describe("the lean server's /api/graphql handler", () => {
  let t: TestDb;
  let server: http.Server;
  let url: string;
  let apiOnly: http.Server;
  let apiOnlyUrl: string;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/settings/settings.ts")).resetSettings();
    const { createApiHandler, configHeadersFor, API_PATH } = await import("@/scripts/lib/app-server.ts");
    const handle = createApiHandler(await configHeadersFor(API_PATH));
    server = http.createServer((req, res) => void handle(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_PATH}`;
    const { startAppServer } = await import("@/scripts/lib/app-server.ts");
    apiOnly = await startAppServer({ port: 0, hostname: "127.0.0.1", apiOnly: true });
    apiOnlyUrl = `http://127.0.0.1:${(apiOnly.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await new Promise((r) => apiOnly.close(r));
    await t.cleanup();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("serves the API without Next when started API-only, and says so on any other path", async () => {
    const r = await fetch(`${apiOnlyUrl}/api/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(await r.json()).toEqual({ data: { __typename: "Query" } });
    const page = await fetch(`${apiOnlyUrl}/actors`);
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/serves \/api\/graphql only/);
  });

  it("answers a POST query as the route does, with next.config's security headers", async () => {
    const res = await post(JSON.stringify({ query: "{ stats { articles } }" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { articles: 4 } } });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("cache-control")).toMatch(/^public/);
  });

  it("answers a GET query with an ETag and revalidates it with 304", async () => {
    const q = `${url}?query=${encodeURIComponent("{ stats { quotes } }")}`;
    // Apollo's CSRF prevention asks a GET for a preflight header
    const first = await fetch(q, { headers: { "apollo-require-preflight": "1" } });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await fetch(q, { headers: { "apollo-require-preflight": "1", "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("answers HEAD as GET without a body", async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent("{ stats { articles } }")}`, {
      method: "HEAD",
      headers: { "apollo-require-preflight": "1" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it.each([
    ["PUT", 405],
    ["DELETE", 405],
    ["OPTIONS", 204],
  ])("answers %s with %i and the allowed methods", async (method, status) => {
    const res = await fetch(url, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get("allow")).toMatch(/GET.*POST|POST.*GET/);
  });

  it("refuses a body over the handler's limit with 413", async () => {
    const res = await post(JSON.stringify({ query: `{ stats { articles } } # ${"x".repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
  });

  it("answers a repeated GET from the response cache with the same bytes, length and ETag", async () => {
    const q = `${url}?query=${encodeURIComponent("{ quotes(first: 3) { nodes { text speaker { name } } } }")}`;
    const first = await fetch(q);
    const second = await fetch(q);
    expect(second.status).toBe(200);
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer())];
    expect(b.equals(a)).toBe(true);
    expect(second.headers.get("content-length")).toBe(String(b.length));
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
  });

  it("refuses a chunked body over the limit with 413 and closes the connection", async () => {
    const { hostname, port, pathname } = new URL(url);
    const answer = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = http.request(
        { hostname, port, path: pathname, method: "POST", headers: { "content-type": "application/json" } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode!, connection: res.headers.connection });
        },
      );
      req.on("error", reject);
      // no Content-Length: the handler finds the size while reading
      req.write(`{"query":"{ stats { articles } }","x":"`);
      req.write("x".repeat(1_100_000));
      req.end(`"}`);
    });
    expect(answer).toEqual({ status: 413, connection: "close" });
  });

  it("keeps the handler's errors: invalid JSON is 400", async () => {
    const res = await post("{ not json");
    expect(res.status).toBe(400);
    expect((await res.json()) as unknown).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });
});
