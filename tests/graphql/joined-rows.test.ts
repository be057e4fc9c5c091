import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { createCountingDb, type CountingDb } from "./support/counting-db.ts";
import { executor, ok } from "./support/exec.ts";
import { seedCorpus } from "./support/fixtures.ts";

const ARTICLE = "id slug title displayTitle publisher publishedAt wordCount warnings";
const SPEAKER = "id name slug type";

/** Statements other than transaction control. */
const isData = (sql: string) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql.trim());

describe("rows read along with a page (a quote's speaker and article)", () => {
  let t: TestDb;
  let counting: CountingDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
    counting = createCountingDb(t.url);
  });
  afterAll(async () => {
    await counting.disconnect();
    await t.cleanup();
  });

  async function run(query: string, variables?: Record<string, unknown>) {
    counting.statements.length = 0;
    const data = ok(await executor(counting.db)<any>(query, variables));
    return { data, statements: counting.statements.filter(isData).length };
  }

  /** The same rows read one by one through `node`, as the loaders read them. */
  async function byNode(ids: string[], fields: string) {
    const { data } = await run(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Node { id } ${fields} } }`, {
      ids,
    });
    return data.nodes;
  }

  it("reads a page of quotes with their speakers and articles in one statement, the same rows as by id", async () => {
    const { data, statements } = await run(
      `{ quotes(first: 20, orderBy: { field: ID, direction: DESC }) { nodes { id speaker { ${SPEAKER} } article { ${ARTICLE} } } } }`,
    );
    expect(statements).toBe(1);
    const nodes = data.quotes.nodes as { speaker: { id: string } | null; article: { id: string } }[];
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.some((q) => q.speaker === null)).toBe(true);
    const articles = nodes.map((q) => q.article);
    expect(
      await byNode(
        articles.map((a) => a.id),
        `... on Article { ${ARTICLE} }`,
      ),
    ).toEqual(articles);
    const speakers = nodes.flatMap((q) => (q.speaker ? [q.speaker] : []));
    expect(
      await byNode(
        speakers.map((a) => a.id),
        `... on Actor { ${SPEAKER} }`,
      ),
    ).toEqual(speakers);
  });

  it("reads a page of events with their articles in one statement, through edges too", async () => {
    const { data, statements } = await run(
      `{ events(first: 5) { edges { cursor node { id article { ${ARTICLE} } } } } }`,
    );
    expect(statements).toBe(1);
    const articles = data.events.edges.map((e: { node: { article: { id: string } } }) => e.node.article);
    expect(articles.length).toBeGreaterThan(0);
    expect(
      await byNode(
        articles.map((a: { id: string }) => a.id),
        `... on Article { ${ARTICLE} }`,
      ),
    ).toEqual(articles);
  });

  it("reads an actor's quotes with their articles in the page's statement", async () => {
    const { data: first } = await run(`{ actors(first: 1) { nodes { slug } } }`);
    const { data, statements } = await run(
      `query($slug: String!) { actor(slug: $slug) { id quotes(first: 10) { nodes { id article { ${ARTICLE} } } } } }`,
      { slug: first.actors.nodes[0].slug },
    );
    // the actor by slug, then its page of quotes with their articles
    expect(statements).toBe(2);
    const articles = data.actor.quotes.nodes.map((q: { article: { id: string } }) => q.article);
    expect(articles.length).toBeGreaterThan(0);
    expect(
      await byNode(
        articles.map((a: { id: string }) => a.id),
        `... on Article { ${ARTICLE} }`,
      ),
    ).toEqual(articles);
  });

  it("reads an article's text only when a field asks for it", async () => {
    const { data, statements } = await run(`{ articles(first: 2) { nodes { id title wordCount } } }`);
    expect(statements).toBe(1);
    const { data: withBody, statements: more } = await run(
      `query($id: ID!) { node(id: $id) { ... on Article { body } } }`,
      { id: data.articles.nodes[0].id },
    );
    expect(more).toBe(2);
    expect(withBody.node.body.length).toBeGreaterThan(0);
  });
});
