import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleGraphQLRequest, type HandlerOptions } from "@/graphql/http-handler.ts";
import { createGraphQLNodeHandler } from "@/graphql/node-handler.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { seedCorpus } from "./support/fixtures.ts";
import { serveHandler, serveNodeHandler, type TestServer } from "./support/serve-handler.ts";

const TOKEN = "test-token-0123456789abcdef";

// the core (answerGraphQL) behind both of its adapters: Fetch (the Next route) and node:http (scripts/serve.ts)
const adapters: [string, (options: HandlerOptions) => Promise<TestServer>][] = [
  ["handleGraphQLRequest (Fetch)", (options) => serveHandler((req) => handleGraphQLRequest(req, options))],
  ["createGraphQLNodeHandler (node:http)", (options) => serveNodeHandler(createGraphQLNodeHandler(options))],
];

describe.each(adapters)("%s", (name, serve) => {
  let t: TestDb;
  let server: TestServer;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
    server = await serve({ db: t.db, apiToken: TOKEN });
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  // every audit at every level passes: none is excepted (MUST 13, SHOULD 23, MAY 25 with graphql-http 1.22)
  describe("graphql-http server audits", () => {
    const audits = serverAudits({ url: () => server.url, fetchFn: fetch });
    it.each(audits.map((a) => [a.id, a.name, a] as const))("%s %s", async (_id, _name, audit) => {
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
    expect((await post({ query: "{ quotes(first: 101) { totalCount } }" })).headers.get("cache-control")).toBe(
      "no-store",
    );
    expect(
      (await post({ query: "{ stats { quotes } }" }, { authorization: `Bearer ${TOKEN}` })).headers.get(
        "cache-control",
      ),
    ).toBe("no-store");
    const m = await post(
      { query: 'mutation { deleteArticle(input: { id: "QXJ0aWNsZTo5OTk=" }) { deletedId } }' },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(m.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a GET mutation (405) and a POST a browser form could send (CSRF prevention)", async () => {
    const get = await fetch(
      `${server.url}?query=${encodeURIComponent('mutation { deleteArticle(input: { id: "x" }) { deletedId } }')}`,
    );
    expect(get.status).toBe(405);
    const csrf = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ stats { articles } }" }),
    });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/cross-site request forgery/i);
  });

  it.each([
    ["no header", {}],
    ["a preflight-forcing header", { "apollo-require-preflight": "1" }],
  ])("answers GET queries with %s", async (_what, headers: Record<string, string>) => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent("{ stats { events } }")}`, { headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { events: 3 } } });
  });

  it.each([
    ["a parse error", "{ stats {", "GRAPHQL_PARSE_FAILED"],
    ["a validation error", "{ nope }", "GRAPHQL_VALIDATION_FAILED"],
  ])(
    "answers %s with 200 under application/json and 400 under application/graphql-response+json",
    async (_what, query, code) => {
      const json = await post({ query }, { accept: "application/json" });
      expect(json.status).toBe(200);
      expect((await json.json()).errors[0].extensions.code).toBe(code);
      const gql = await post({ query }, { accept: "application/graphql-response+json" });
      expect(gql.status).toBe(400);
      expect((await gql.json()).errors[0].extensions.code).toBe(code);
    },
  );

  describe("CORS", () => {
    const origin = "https://reader.example";
    it("lets any origin read a GET or POST query by default, without credentials", async () => {
      const get = await fetch(`${server.url}?query=${encodeURIComponent("{ stats { quotes } }")}`, {
        headers: { origin },
      });
      expect(get.headers.get("access-control-allow-origin")).toBe("*");
      expect(get.headers.get("access-control-allow-credentials")).toBeNull();
      const p = await post({ query: "{ stats { quotes } }" }, { origin });
      expect(p.headers.get("access-control-allow-origin")).toBe("*");
    });

    it("answers a preflight with the methods and headers a client sends", async () => {
      const res = await fetch(server.url, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
      expect(res.headers.get("access-control-allow-headers")).toMatch(/content-type/);
    });

    it("still needs the token for a mutation from any origin", async () => {
      const q = 'mutation { deleteArticle(input: { id: "QXJ0aWNsZTo5OTk=" }) { deletedId } }';
      const res = await post({ query: q }, { origin });
      expect((await res.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    });

    it("names only listed origins when a list is configured", async () => {
      const listed = await serve({ db: t.db, apiToken: TOKEN, allowedOrigins: [origin] });
      try {
        const url = `${listed.url}?query=${encodeURIComponent("{ stats { quotes } }")}`;
        const ok = await fetch(url, { headers: { origin } });
        expect(ok.headers.get("access-control-allow-origin")).toBe(origin);
        expect(ok.headers.get("vary")).toMatch(/Origin/);
        const other = await fetch(url, { headers: { origin: "https://elsewhere.example" } });
        expect(other.headers.get("access-control-allow-origin")).toBeNull();
      } finally {
        await listed.close();
      }
    });
  });

  it("rejects malformed JSON with 400 and a code", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("supports automatic persisted queries", async () => {
    // APQ's store is the process's one Apollo server: a document of its own per adapter
    const query = `{ stats { actors } } # ${name}`;
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
    const q = 'mutation { deleteArticle(input: { id: "QXJ0aWNsZTo5OTk=" }) { deletedId } }';
    expect((await (await post({ query: q })).json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(
      (await (await post({ query: q }, { authorization: "Bearer wrong-token-wrong-token" })).json()).errors[0]
        .extensions.code,
    ).toBe("UNAUTHENTICATED");
    expect(
      (await (await post({ query: q }, { authorization: `Bearer ${TOKEN}` })).json()).errors[0].extensions.code,
    ).toBe("NOT_FOUND");
  });
});
