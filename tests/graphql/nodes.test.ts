import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../graphql/global-id.ts";
import { createTestDb, type TestDb } from "../support/test-db.ts";
import { codes, executor, ok } from "./support/exec.ts";
import { seedCorpus } from "./support/fixtures.ts";

describe("Query.node and Query.nodes", () => {
  let t: TestDb;
  let run: ReturnType<typeof executor>;
  let ids: { atmar: number; lopez: number; khan: number; ministry: number; articles: number[] };
  beforeAll(async () => {
    t = await createTestDb();
    const saved = await seedCorpus(t.db);
    const actor = async (nameNorm: string) => (await t.db.actor.findFirstOrThrow({ where: { nameNorm } })).id;
    ids = { atmar: await actor("mohammad hanif atmar"), lopez: await actor("lucia lopez"), khan: await actor("omar khan"), ministry: await actor("ministry of rivers"), articles: saved.map((s) => s.articleId) };
    run = executor(t.db);
  });
  afterAll(async () => t.cleanup());

  it("resolves every Node type by global id", async () => {
    const q = await t.db.quote.findFirstOrThrow();
    const m = await t.db.mention.findFirstOrThrow();
    const e = await t.db.event.findFirstOrThrow();
    const gids = [toGlobalId("Actor", ids.atmar), toGlobalId("Quote", q.id), toGlobalId("Article", ids.articles[1]!), toGlobalId("Event", e.id), toGlobalId("Mention", m.id), toGlobalId("Quote", 99999), "garbage"];
    const d = ok(await run<any>(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: gids }));
    expect(d.nodes.map((n: any) => n?.__typename ?? null)).toEqual(["Actor", "Quote", "Article", "Event", "Mention", null, null]);
    expect(d.nodes.slice(0, 5).map((n: any) => n.id)).toEqual(gids.slice(0, 5));
    const one = ok(await run<any>(`query($id: ID!) { node(id: $id) { ... on Actor { name } } }`, { id: gids[0] }));
    expect(one.node.name).toBe("Mohammad Hanif Atmar");
  });

  it("refuses more than 100 ids", async () => {
    expect(codes(await run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => toGlobalId("Quote", i)) }))).toEqual(["BAD_USER_INPUT"]);
  });
});
