import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleGraphQLRequest } from "../../graphql/http-handler.ts";
import { createTestDb, type TestDb } from "../support/test-db.ts";
import { seedCorpus } from "./support/fixtures.ts";
import { serveHandler, type TestServer } from "./support/serve-handler.ts";

const TOKEN = "test-token-0123456789abcdef";

describe("handleGraphQLRequest", () => {
  let t: TestDb;
  let server: TestServer;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
    server = await serveHandler((req) => handleGraphQLRequest(req, { db: t.db, apiToken: TOKEN }));
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  describe("graphql-http server audits", () => {
    const audits = serverAudits({ url: () => server.url, fetchFn: fetch });
    it.each(audits.filter((a) => a.name.startsWith("MUST")).map((a) => [a.id, a.name, a] as const))("%s %s", async (_id, _name, audit) => {
      const result = await audit.fn();
      expect(result.status, "reason" in result ? result.reason : "").toBe("ok");
    });
  });

  it("reads JSON bodies whose content type carries a charset", async () => {
    const res = await post({ query: "{ stats { articles } }" }, { "content-type": "application/json; charset=utf-8" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { articles: 4 } } });
  });

  it("marks public read-only answers cacheable", async () => {
    const res = await post({ query: "{ stats { quotes } }" });
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
  });

  it("marks errors, authenticated requests and mutations no-store", async () => {
    expect((await post({ query: "{ quotes(first: 101) { totalCount } }" })).headers.get("cache-control")).toBe("no-store");
    expect((await post({ query: "{ stats { quotes } }" }, { authorization: `Bearer ${TOKEN}` })).headers.get("cache-control")).toBe("no-store");
    const m = await post({ query: 'mutation { deleteArticle(id: "QXJ0aWNsZTo5OTk=") { deletedId } }' }, { authorization: `Bearer ${TOKEN}` });
    expect(m.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a GET mutation and a simple cross-site POST (CSRF prevention)", async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent('mutation { deleteArticle(id: "x") { deletedId } }')}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(405);
    const csrf = await fetch(server.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ stats { articles } }" }) });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/i);
  });

  it("answers GET queries that carry a preflight-forcing header", async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent("{ stats { events } }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { events: 3 } } });
  });

  it("rejects malformed JSON with 400 and a code", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("supports automatic persisted queries", async () => {
    const query = "{ stats { actors } }";
    const sha256Hash = (await import("node:crypto")).createHash("sha256").update(query).digest("hex");
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await (await post({ extensions: ext })).json();
    expect(miss.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await (await post({ query, extensions: ext })).json()).data.stats.actors).toBe(4);
    expect((await (await post({ extensions: ext })).json()).data.stats.actors).toBe(4);
  });

  it("serves introspection", async () => {
    const res = await (await post({ query: "{ __schema { queryType { name } } }" })).json();
    expect(res.data.__schema.queryType.name).toBe("Query");
  });

  it("checks the bearer token of mutations", async () => {
    const q = 'mutation { deleteArticle(id: "QXJ0aWNsZTo5OTk=") { deletedId } }';
    expect((await (await post({ query: q })).json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await (await post({ query: q }, { authorization: "Bearer wrong-token-wrong-token" })).json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await (await post({ query: q }, { authorization: `Bearer ${TOKEN}` })).json()).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
