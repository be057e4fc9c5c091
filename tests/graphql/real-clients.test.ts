/**
 * Real GraphQL clients nobody here wrote, with their default settings, page through
 * every quote of the bundled corpus over HTTP: urql (GET for queries by its default
 * `preferGetMethod: "within-url-limit"`), graphql-request over GET and Apollo Client.
 */
import path from "node:path";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { GraphQLClient } from "graphql-request";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleGraphQLRequest } from "@/graphql/http-handler.ts";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { serveHandler, type TestServer } from "./support/serve-handler.ts";

const PAGE = `query Quotes($first: Int!, $after: String) {
  quotes(first: $first, after: $after, orderBy: { field: ID, direction: ASC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id text speaker { name } }
  }
}`;

interface QuotesPage {
  quotes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; text: string }[];
  };
}

/** Follows `endCursor` until the last page; returns every id seen and the total the API reported. */
async function pageAll(
  fetchPage: (after: string | null) => Promise<QuotesPage>,
): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const { quotes } = await fetchPage(after);
    ids.push(...quotes.nodes.map((n) => n.id));
    if (!quotes.pageInfo.hasNextPage) return { ids, total: quotes.totalCount };
    after = quotes.pageInfo.endCursor;
  }
  throw new Error("paging did not end after 1000 pages");
}

describe("real GraphQL clients", () => {
  let t: TestDb;
  let server: TestServer;
  let expected: string[];
  const methods: string[] = [];
  beforeAll(async () => {
    t = await createTestDb();
    const summary = await ingestPaths(t.db, [path.resolve(import.meta.dirname, "../../corpus")]);
    expect(summary.counts.failed).toBe(0);
    server = await serveHandler((req) => {
      methods.push(req.method);
      return handleGraphQLRequest(req, { db: t.db, apiToken: null });
    });
    const all = await t.db.quote.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    expected = all.map((q) => Buffer.from(`Quote:${q.id}`).toString("base64"));
    expect(expected.length).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  it("urql with default settings pages through every quote over GET", async () => {
    methods.length = 0;
    const client = new Client({ url: server.url, exchanges: [cacheExchange, fetchExchange] });
    const got = await pageAll(async (after) => {
      const r = await client.query<QuotesPage>(PAGE, { first: 4, after }).toPromise();
      if (r.error) throw r.error;
      return r.data!;
    });
    expect(got).toEqual({ ids: expected, total: expected.length });
    expect(new Set(methods)).toEqual(new Set(["GET"]));
  });

  it("graphql-request over GET pages through every quote", async () => {
    methods.length = 0;
    const client = new GraphQLClient(server.url, { method: "GET" });
    const got = await pageAll((after) => client.request<QuotesPage>(PAGE, { first: 4, after }));
    expect(got).toEqual({ ids: expected, total: expected.length });
    expect(new Set(methods)).toEqual(new Set(["GET"]));
  });

  it("Apollo Client pages through every quote", async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: server.url }), cache: new InMemoryCache() });
    const doc = gql(PAGE);
    const got = await pageAll(
      async (after) =>
        (await client.query<QuotesPage>({ query: doc, variables: { first: 4, after }, fetchPolicy: "network-only" }))
          .data!,
    );
    expect(got).toEqual({ ids: expected, total: expected.length });
  });
});
