import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "@/graphql/global-id.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { codes, executor, ok } from "./support/exec.ts";
import { seedCorpus } from "./support/fixtures.ts";

const Q = `query($speaker: String, $speakerId: ID, $articleId: ID, $search: String, $kind: QuoteKind, $from: Date, $to: Date, $publisher: String, $orderBy: QuoteOrder, $first: Int) {
  quotes(speaker: $speaker, speakerId: $speakerId, articleId: $articleId, search: $search, kind: $kind, from: $from, to: $to, publisher: $publisher, orderBy: $orderBy, first: $first) {
    totalCount
    nodes { text kind speaker { name } article { publisher publishedAt } }
  }
}`;

describe("Query.quotes", () => {
  let t: TestDb;
  let run: ReturnType<typeof executor>;
  let atmarId: number;
  let firstArticleId: number;
  beforeAll(async () => {
    t = await createTestDb();
    const saved = await seedCorpus(t.db);
    firstArticleId = saved[0]!.articleId;
    atmarId = (await t.db.actor.findFirstOrThrow({ where: { nameNorm: "mohammad hanif atmar" } })).id;
    run = executor(t.db);
  });
  afterAll(async () => t.cleanup());

  const texts = async (vars: Record<string, unknown>) =>
    ok(await run<any>(Q, vars))
      .quotes.nodes.map((n: any) => n.text)
      .sort();

  it("exposes the stored confidence, and null when the scorer did not weigh the quote", async () => {
    const [one, two] = await t.db.quote.findMany({ orderBy: { id: "asc" }, take: 2 });
    await t.db.quote.update({ where: { id: one!.id }, data: { confidence: 0.375 } });
    const data = ok(
      await run<any>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Quote { confidence } } }`, {
        ids: [toGlobalId("Quote", one!.id), toGlobalId("Quote", two!.id)],
      }),
    );
    expect(data.nodes).toEqual([{ confidence: 0.375 }, { confidence: null }]);
  });

  it("answers the product's showcase query", async () => {
    const data = ok(
      await run<any>(
        `{ quotes(speaker: "Atmar", first: 5) { totalCount nodes { id text speaker { name slug } article { title slug } } } }`,
      ),
    );
    expect(data.quotes.totalCount).toBe(3);
    expect(data.quotes.nodes[0]).toMatchObject({
      speaker: { name: "Mohammad Hanif Atmar", slug: "mohammad-hanif-atmar" },
    });
    expect(data.quotes.nodes[0].article.slug).toMatch(/^adviser-returns/);
  });

  it.each([
    "Atmar",
    "atmar",
    "ATMAR",
    "mr. atmar",
    "Mr Atmar",
    "Hanif Atmar",
    "Mohammad Hanif Atmar",
    "mohammad hanif atmar",
    "Ätmar",
  ])("finds Atmar's quotes by speaker %j", async (speaker) => {
    expect(await texts({ speaker })).toEqual([
      "Talks will begin in the spring",
      "The talks are going well",
      "We are ready to listen",
    ]);
  });

  it("matches names accent-insensitively (Lopez finds López)", async () => {
    expect((await texts({ speaker: "lucia lopez" })).length).toBe(3);
    expect((await texts({ speaker: "Ms. Lopez" })).length).toBe(3);
  });

  it("gives nothing for an unknown speaker or a word fragment", async () => {
    expect(await texts({ speaker: "Nobody Atall" })).toEqual([]);
    expect(await texts({ speaker: "Atma" })).toEqual([]);
  });

  it("filters by speakerId and by articleId", async () => {
    expect((await texts({ speakerId: toGlobalId("Actor", atmarId) })).length).toBe(3);
    expect(await texts({ articleId: toGlobalId("Article", firstArticleId) })).toEqual([
      "Talks will begin in the spring",
      "The city supports the plan",
      "We are ready to listen",
    ]);
    expect(
      (await texts({ speakerId: toGlobalId("Actor", atmarId), articleId: toGlobalId("Article", firstArticleId) }))
        .length,
    ).toBe(2);
  });

  it("refuses an id of the wrong type with BAD_USER_INPUT", async () => {
    const r = await run(Q, { speakerId: toGlobalId("Quote", 1) });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.message).toContain("speakerId");
  });

  it("searches quote text case- and accent-insensitively", async () => {
    expect(await texts({ search: "TALKS" })).toEqual(["Talks will begin in the spring", "The talks are going well"]);
    expect(await texts({ search: "ignored every" })).toEqual([
      "The ministry ignored every warning about 100% of the levees",
    ]);
  });

  it("counts the same whether totalCount is asked directly, through fragments or on a later page", async () => {
    const direct = ok(
      await run<any>(`{ quotes(speaker: "Atmar", first: 1) { totalCount pageInfo { endCursor } } }`),
    ).quotes;
    const viaFragment = ok(
      await run<any>(
        `{ quotes(speaker: "Atmar", first: 1) { ... on QuoteConnection { ...Total } } } fragment Total on QuoteConnection { totalCount }`,
      ),
    ).quotes;
    const later = ok(
      await run<any>(`query($a: String) { quotes(speaker: "Atmar", first: 1, after: $a) { totalCount } }`, {
        a: direct.pageInfo.endCursor,
      }),
    ).quotes;
    expect([direct.totalCount, viaFragment.totalCount, later.totalCount]).toEqual([3, 3, 3]);
    expect(ok(await run<any>(`{ quotes(speaker: "Nobody Atall") { totalCount } }`)).quotes.totalCount).toBe(0);
  });

  it("searches the sentence around a quote too", async () => {
    expect(await texts({ search: "omar KHAN said" })).toEqual(["Nobody expected this flood", "We will see"]);
  });

  it.each(["%", "_", "100%", "' OR 1=1 --", '"; DROP TABLE "Quote"; --', "\\", "ü".repeat(150), "🙂 talks"])(
    "treats %j as plain text",
    async (search) => {
      const r = await run<any>(Q, { search });
      expect(r.errors).toBeUndefined();
      expect(r.data.quotes.totalCount).toBeLessThanOrEqual(2);
    },
  );

  it("filters by kind", async () => {
    expect(await texts({ kind: "PARTIAL" })).toEqual(["The city supports the plan"]);
    expect(await texts({ kind: "INDIRECT" })).toEqual(["Nobody expected this flood"]);
  });

  it("filters by publication period, whole periods inclusive", async () => {
    expect((await texts({ from: "2019" })).length).toBe(5);
    expect((await texts({ to: "2018" })).length).toBe(3);
    expect((await texts({ from: "2019-07", to: "2019-07-31" })).length).toBe(3);
    expect((await texts({ from: "2018-03-16", to: "2019-06" })).length).toBe(0);
  });

  it("refuses malformed dates", async () => {
    for (const from of ["2018-13", "2018-02-30", "18", "2018/03/01", "yesterday"])
      expect(codes(await run(Q, { from }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await run(`{ quotes(from: "2018-1") { totalCount } }`))[0]).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
  });

  it("filters by publisher, case-insensitively", async () => {
    expect((await texts({ publisher: "the test herald" })).length).toBe(5);
    expect((await texts({ publisher: "Daily Sample" })).length).toBe(3);
    expect((await texts({ publisher: "Daily" })).length).toBe(0);
  });

  it("orders by publication date (undated last) or id, either way", async () => {
    const byDate = ok(
      await run<any>(Q, { orderBy: { field: "PUBLISHED_AT", direction: "DESC" }, first: 100 }),
    ).quotes.nodes.map((n: any) => n.article.publishedAt);
    expect(byDate).toEqual([
      "2020",
      "2020",
      "2019-07",
      "2019-07",
      "2019-07",
      "2018-03-15",
      "2018-03-15",
      "2018-03-15",
      null,
    ]);
    const asc = ok(
      await run<any>(Q, { orderBy: { field: "PUBLISHED_AT", direction: "ASC" }, first: 100 }),
    ).quotes.nodes.map((n: any) => n.article.publishedAt);
    expect(asc).toEqual([
      "2018-03-15",
      "2018-03-15",
      "2018-03-15",
      "2019-07",
      "2019-07",
      "2019-07",
      "2020",
      "2020",
      null,
    ]);
    const ids = ok(
      await run<any>(`{ quotes(orderBy: { field: ID, direction: ASC }) { nodes { id } } }`),
    ).quotes.nodes.map((n: any) => n.id);
    expect(ids[0]).toBe(toGlobalId("Quote", 1));
  });

  it("combines filters with AND", async () => {
    expect(await texts({ speaker: "López", from: "2019", kind: "DIRECT" })).toEqual([
      "The ministry ignored every warning about 100% of the levees",
    ]);
  });

  it("exposes context, speaker mention and correction state", async () => {
    const q = ok(
      await run<any>(
        `{ quotes(speaker: "Khan", orderBy: { field: ID, direction: ASC }, first: 1) { nodes { start end cue speakerCorrected context { start end text } speakerMention { start end text } article { body } } } }`,
      ),
    ).quotes.nodes[0];
    expect(q.article.body.slice(q.start, q.end)).toBe("Nobody expected this flood");
    expect(q.article.body.slice(q.context.start, q.context.end)).toBe(q.context.text);
    expect(q.speakerMention.text).toBe("Omar Khan");
    expect(q.article.body.slice(q.speakerMention.start, q.speakerMention.end)).toBe("Omar Khan");
    expect(q.speakerCorrected).toBe(false);
    expect(q.cue).toBe("said");
  });

  it("returns null speaker for unattributed quotes", async () => {
    const data = ok(
      await run<any>(`{ quotes(search: "unattributed") { nodes { speaker { name } speakerMention { text } } } }`),
    );
    expect(data.quotes.nodes).toEqual([{ speaker: null, speakerMention: null }]);
  });
});
