import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runOperation } from "@/graphql/execute.ts";
import { toGlobalId } from "@/graphql/global-id.ts";
import { handleGraphQLRequest } from "@/graphql/http-handler.ts";
import { responseCacheFor } from "@/graphql/response-cache.ts";
import { closeDataRevision, getDataRevision } from "@/lib/cache/data-revision.ts";
import { createDb, type Db } from "@/lib/db/client.ts";
import { isPostgres } from "@/tests/support/test-db.ts";
import { executor, ok, TEST_TOKEN } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";
import { serveHandler, type TestServer } from "./support/serve-handler.ts";

const root = path.resolve(import.meta.dirname, "../..");
const AUTH = `Bearer ${TEST_TOKEN}`;

const QUERIES: [string, string, Record<string, unknown>][] = [
  ["stats", "{ stats { articles actors quotes events } }", {}],
  [
    "quotes by speaker",
    "query($s: String!) { quotes(speaker: $s, first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { id text speaker { name slug } article { title slug } } } }",
    { s: "Atmar" },
  ],
  ["actors", "{ actors(first: 10) { nodes { id name slug quoteCount aliases } } }", {}],
  [
    "articles",
    "{ articles(first: 10) { nodes { id title slug publishedAt quotes(first: 3) { nodes { text } } } } }",
    {},
  ],
  ["events", "{ events(first: 10) { nodes { id type date participants { actor { name } } } } }", {}],
];
const TITLES = "{ articles(first: 20) { nodes { id title } } }";

/** A write committed by another process: a child running Prisma on the same database. */
async function writeFromAnotherProcess(url: string, articleId: number, title: string): Promise<void> {
  const script = `import { createDb } from ${JSON.stringify(path.join(root, "lib/db/client.ts"))};
const db = createDb(process.env.URL);
await db.article.update({ where: { id: Number(process.env.ID) }, data: { title: process.env.TITLE } });
await db.$disconnect();`;
  await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, URL: url, ID: String(articleId), TITLE: title },
  });
}

/** Runs `check` now on SQLite; on PostgreSQL retries it until the commit's notification has been delivered. */
async function eventually(check: () => Promise<void>): Promise<void> {
  if (isPostgres()) await vi.waitFor(check, { timeout: 2000, interval: 10 });
  else await check();
}

/** Waits until the data revision tracks changes (PostgreSQL: the LISTEN connection is up). */
async function untilTracking(db: Db): Promise<void> {
  await vi.waitFor(() => expect(getDataRevision(db)!.current()).not.toBeNull(), { timeout: 5000, interval: 20 });
}

describe("response cache", () => {
  const api = useSeededApi({ apiToken: TEST_TOKEN });
  let server: TestServer;
  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { "apollo-require-preflight": "1", ...headers },
    });
  const titles = async () =>
    ((await (await post(TITLES)).json()) as any).data.articles.nodes.map((n: { title: string }) => n.title) as string[];

  beforeAll(async () => {
    server = await serveHandler((req) => handleGraphQLRequest(req, { db: api.db, apiToken: TEST_TOKEN }));
    await untilTracking(api.db);
  });
  afterAll(async () => {
    await server.close();
    await closeDataRevision(api.db);
  });

  it.each(QUERIES)("answers %s from the cache with the uncached body and headers", async (_name, query, variables) => {
    const uncached = ok(await executor(api.db)(query, variables));
    const first = await post(query, variables);
    const before = responseCacheFor(api.db)!.stats.entries;
    expect(before).toBeGreaterThan(0);
    const second = await post(query, variables);
    expect(responseCacheFor(api.db)!.stats.entries).toBe(before);
    const [a, b] = [await first.text(), await second.text()];
    expect(JSON.parse(a)).toEqual({ data: uncached });
    expect(b).toBe(a);
    expect(Object.fromEntries(second.headers)).toMatchObject({
      "content-type": first.headers.get("content-type"),
      "cache-control": first.headers.get("cache-control"),
      vary: first.headers.get("vary"),
    });
    // pages share the entry: runOperation returns the same data
    expect(await runOperation(query, variables, { db: api.db })).toEqual(uncached);
  });

  it("keys by the normalised document and the variables, not by whitespace or key order", async () => {
    const q = "query($s: String!, $n: Int) { quotes(speaker: $s, first: $n) { totalCount } }";
    const a = await (await post(q, { s: "Atmar", n: 2 })).text();
    const entries = responseCacheFor(api.db)!.stats.entries;
    const b = await (await post(`# a comment\n${q.replace(/ /g, "  ")}`, { n: 2, s: "Atmar" })).text();
    expect(b).toBe(a);
    expect(responseCacheFor(api.db)!.stats.entries).toBe(entries);
    const other = JSON.parse(await (await post(q, { s: "Lopez", n: 2 })).text());
    expect(responseCacheFor(api.db)!.stats.entries).toBe(entries + 1);
    expect(other).toEqual({ data: ok(await executor(api.db)(q, { s: "Lopez", n: 2 })) });
  });

  it("never stores errors, authenticated answers or mutations", async () => {
    const cache = responseCacheFor(api.db)!;
    const entries = cache.stats.entries;
    expect((await post("{ quotes(first: 101) { totalCount } }")).status).toBe(200);
    expect(await (await post("{ quotes(first: 101) { totalCount } }")).json()).toMatchObject({
      errors: [{ extensions: { code: "BAD_USER_INPUT" } }],
    });
    await post("{ stats { articles } }", {}, { authorization: AUTH });
    await post(
      `mutation { deleteArticle(input: { id: "${toGlobalId("Article", 999_999)}" }) { deletedId } }`,
      {},
      { authorization: AUTH },
    );
    expect(cache.stats.entries).toBeLessThanOrEqual(entries);
  });

  it("never stores a page's answer run with the visitor's cookie (a session may authorise it)", async () => {
    const cache = responseCacheFor(api.db)!;
    const entries = cache.stats.entries;
    const q = "{ quotes(first: 3) { totalCount nodes { confidence } } }";
    const data = await runOperation(q, {}, { db: api.db, cookie: "nkg_session=abc" });
    expect(data).toEqual(ok(await executor(api.db)(q)));
    expect(cache.stats.entries).toBe(entries);
  });

  it("answers a GET with an ETag and a revalidation with 304 until the data changes", async () => {
    const query = "{ stats { articles quotes } }";
    const first = await get(query);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(query, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect((await get(query, { "if-none-match": `W/${etag}, "other"` })).status).toBe(304);
    expect((await get(query, { "if-none-match": '"other"' })).status).toBe(200);
    const victim = await api.db.article.findFirstOrThrow({ orderBy: { id: "desc" } });
    await api.db.quote.deleteMany({ where: { articleId: victim.id } });
    await eventually(async () => expect((await get(query, { "if-none-match": etag })).status).toBe(200));
  });

  it("shows a mutation on the next request", async () => {
    const q = "query($id: ID!) { node(id: $id) { ... on Quote { speaker { name } } } }";
    const quote = await api.db.quote.findFirstOrThrow({ where: { speakerId: api.ids.atmar } });
    const id = toGlobalId("Quote", quote.id);
    expect(((await (await post(q, { id })).json()) as any).data.node.speaker.name).toMatch(/Atmar/);
    const m = await post(
      `mutation { setQuoteSpeaker(input: { quoteId: "${id}", actorId: "${toGlobalId("Actor", api.ids.lopez)}" }) { quote { id } } }`,
      {},
      { authorization: AUTH },
    );
    expect(((await m.json()) as any).errors).toBeUndefined();
    expect(((await (await post(q, { id })).json()) as any).data.node.speaker.name).toMatch(/López/);
    expect((await runOperation<any>(q, { id }, { db: api.db })).node.speaker.name).toMatch(/López/);
  });

  it("shows a write committed by another connection on the next request", async () => {
    const other = createDb(api.t.url);
    try {
      const [first] = await api.db.article.findMany({ orderBy: { id: "asc" }, take: 1 });
      await titles();
      await other.article.update({ where: { id: first!.id }, data: { title: "Renamed by another connection" } });
      await eventually(async () => expect(await titles()).toContain("Renamed by another connection"));
    } finally {
      await other.$disconnect();
    }
  });

  it("shows a write committed by another process on the next request", async () => {
    const [, second] = await api.db.article.findMany({ orderBy: { id: "asc" }, take: 2 });
    const page = "{ articles(first: 20) { nodes { title } } }";
    await runOperation(page, {}, { db: api.db });
    await titles();
    await writeFromAnotherProcess(api.t.url, second!.id, "Renamed by another process");
    await eventually(async () => expect(await titles()).toContain("Renamed by another process"));
    expect(
      (await runOperation<any>(page, {}, { db: api.db })).articles.nodes.map((n: { title: string }) => n.title),
    ).toContain("Renamed by another process");
  });

  it("shows an article saved by `npm run ingest` in another process on the next request", async () => {
    const count = async () =>
      ((await (await post("{ stats { articles } }")).json()) as any).data.stats.articles as number;
    const before = await count();
    await runOperation("{ stats { articles } }", {}, { db: api.db });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "news-cache-"));
    try {
      const file = path.join(dir, "article.txt");
      fs.writeFileSync(
        file,
        "Harbour crane contract signed in Portmere\n\nPORTMERE — The port authority signed a contract for two new cranes on Tuesday.\n\n“The cranes will double our capacity,” said Ann Vale, the harbour master.\n",
      );
      await promisify(execFile)(
        path.join(root, "node_modules/.bin/tsx"),
        [path.join(root, "scripts/ingest.ts"), file],
        { cwd: root, env: { ...process.env, DATABASE_URL: api.t.url } },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await eventually(async () => expect(await count()).toBe(before + 1));
    expect((await runOperation<any>("{ stats { articles } }", {}, { db: api.db })).stats.articles).toBe(before + 1);
  });

  it.runIf(isPostgres())(
    "stops caching while the LISTEN connection is down and starts afresh when it is back",
    async () => {
      const schema = new URL(api.t.url).searchParams.get("schema")!;
      const admin = new pg.Client({ connectionString: api.t.url.replace(/[?&]schema=[^&]*/, "") });
      await admin.connect();
      try {
        await titles();
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [
          `news-revision:${schema}`,
        ]);
        await vi.waitFor(() => expect(getDataRevision(api.db)!.current()).toBeNull(), { timeout: 2000, interval: 10 });
        // a write nobody is told about: the cache must not answer from before it
        await admin.query(
          `UPDATE "${schema}"."Article" SET "title" = 'Renamed while deaf' WHERE "id" = (SELECT MIN("id") FROM "${schema}"."Article")`,
        );
        expect(await titles()).toContain("Renamed while deaf");
        await untilTracking(api.db);
        expect(await titles()).toContain("Renamed while deaf");
      } finally {
        await admin.end();
      }
    },
  );
});
