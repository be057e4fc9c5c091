import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "@/graphql/global-id.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { codes, executor, ok } from "./support/exec.ts";

const SENTENCE = "Every school in the district will have a new library by next autumn";
const CHANGED = "Every school in the district will have a modern library by next autumn";

const STATEMENT = `query($id: ID!) { statement(id: $id) {
  id text reportCount outletCount firstReportedAt speaker { name }
  earliest { outlet }
  reports(first: 10) { totalCount edges { cursor node { outlet date text start end isEarliest diff { kind text } article { title body } quote { id } } } }
} }`;

describe("Statement API", () => {
  let t: TestDb;
  let run: ReturnType<typeof executor>;
  let actorId: number;
  beforeAll(async () => {
    t = await createTestDb();
    run = executor(t.db);
    const save = (x: ReturnType<typeof saidArticle>) =>
      saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
    await save(
      saidArticle("Libraries for every school promised", "Valley Courier", "2022-09-14", [
        { speaker: "Gil Ostrava", text: CHANGED },
      ]),
    );
    await save(
      saidArticle("District to build school libraries", "Plain Gazette", "2022-09-12", [
        { speaker: "Gil Ostrava", text: SENTENCE },
      ]),
    );
    await save(
      saidArticle("School plans questioned", "Plain Gazette", null, [
        { speaker: "Gil Ostrava", text: "Nobody asked the teachers about any of these plans at all" },
      ]),
    );
    actorId = (await t.db.actor.findFirstOrThrow({ where: { name: "Gil Ostrava" } })).id;
  });
  afterAll(async () => t.cleanup());

  it("lists an actor's statements most reported first, each with its report count", async () => {
    const d = ok(
      await run<any>(
        `query($id: ID!) { node(id: $id) { ... on Actor { statements(first: 5) { totalCount nodes { text reportCount outletCount } } } } }`,
        {
          id: toGlobalId("Actor", actorId),
        },
      ),
    );
    expect(d.node.statements.totalCount).toBe(2);
    expect(d.node.statements.nodes.map((s: any) => [s.text, s.reportCount, s.outletCount])).toEqual([
      [SENTENCE, 2, 2],
      ["Nobody asked the teachers about any of these plans at all", 1, 1],
    ]);
  });

  it("lists a statement's reports in date order, the earliest marked and the changed word shown", async () => {
    const s = await t.db.statement.findFirstOrThrow({ where: { reportCount: 2 } });
    const d = ok(await run<any>(STATEMENT, { id: toGlobalId("Statement", s.id) }));
    expect(d.statement.firstReportedAt).toBe("2022-09-12");
    expect(d.statement.earliest.outlet).toBe("Plain Gazette");
    const reports = d.statement.reports.edges.map((e: any) => e.node);
    expect(reports.map((r: any) => [r.outlet, r.date, r.isEarliest])).toEqual([
      ["Plain Gazette", "2022-09-12", true],
      ["Valley Courier", "2022-09-14", false],
    ]);
    for (const r of reports) expect(r.article.body.slice(r.start, r.end)).toBe(r.text);
    expect(reports[0].diff).toEqual([{ kind: "SAME", text: SENTENCE }]);
    expect(reports[1].diff.filter((x: any) => x.kind !== "SAME")).toEqual([
      { kind: "REMOVED", text: "new " },
      { kind: "ADDED", text: "modern " },
    ]);
    // the second page after the first report holds the other one
    const next = ok(
      await run<any>(
        `query($id: ID!, $after: String) { statement(id: $id) { reports(first: 1, after: $after) { nodes { outlet } } } }`,
        {
          id: toGlobalId("Statement", s.id),
          after: d.statement.reports.edges[0].cursor,
        },
      ),
    );
    expect(next.statement.reports.nodes.map((r: any) => r.outlet)).toEqual(["Valley Courier"]);
  });

  it("answers Quote.statement and resolves a statement's global id through node", async () => {
    const q = await t.db.quote.findFirstOrThrow({ where: { text: CHANGED } });
    const d = ok(
      await run<any>(`query($id: ID!) { node(id: $id) { ... on Quote { statement { id reportCount } } } }`, {
        id: toGlobalId("Quote", q.id),
      }),
    );
    expect(d.node.statement.reportCount).toBe(2);
    const n = ok(
      await run<any>(`query($id: ID!) { node(id: $id) { __typename ... on Statement { text } } }`, {
        id: d.node.statement.id,
      }),
    );
    expect(n.node).toEqual({ __typename: "Statement", text: SENTENCE });
  });

  it("lists the statements reported more than once in the sitemap", async () => {
    const s = await t.db.statement.findFirstOrThrow({ where: { reportCount: 2 } });
    const d = ok(await run<any>(`{ sitemapEntries(section: STATEMENTS, page: 0) { id slug } }`));
    expect(d.sitemapEntries).toEqual([{ id: toGlobalId("Statement", s.id), slug: null }]);
  });

  it("refuses a global id of another type and a page over 100", async () => {
    expect(codes(await run(STATEMENT, { id: toGlobalId("Quote", 1) }))).toEqual(["BAD_USER_INPUT"]);
    const s = await t.db.statement.findFirstOrThrow();
    expect(
      codes(
        await run(`query($id: ID!) { statement(id: $id) { reports(first: 101) { totalCount } } }`, {
          id: toGlobalId("Statement", s.id),
        }),
      ),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(ok(await run<any>(STATEMENT, { id: toGlobalId("Statement", 999999) })).statement).toBeNull();
  });
});
