import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/graphql/pagination/cursor.ts";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

/** A root or nested list and how to read its connection out of the response. */
interface ListCase {
  name: string;
  /** The query with $first/$after/$last/$before; the connection selects `CONN`. */
  query: string;
  pick: (data: any) => any;
}

const CONN =
  "totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
const ARGS = "first: $first, after: $after, last: $last, before: $before";
const VARS = "$first: Int, $after: String, $last: Int, $before: String";
const root = (field: string, extra = ""): ListCase => ({
  name: `${field}${extra ? `(${extra})` : ""}`,
  query: `query(${VARS}) { ${field}(${ARGS}${extra ? `, ${extra}` : ""}) { ${CONN} } }`,
  pick: (d) => d[field],
});
const nested = (outer: string, field: string, pick: (d: any) => any, wrap = false): ListCase => ({
  name: `${outer} → ${field}`,
  query: `query(${VARS}) { ${outer} { ${wrap ? "nodes { " : ""}${field}(${ARGS}) { ${CONN} } ${wrap ? "}" : ""} } }`,
  pick,
});

const CASES: ListCase[] = [
  root("quotes"),
  root("quotes", "orderBy: { field: PUBLISHED_AT, direction: ASC }"),
  root("quotes", "orderBy: { field: ID, direction: DESC }"),
  root("articles"),
  root("articles", "orderBy: { field: PUBLISHED_AT, direction: ASC }"),
  root("articles", "orderBy: { field: TITLE, direction: ASC }"),
  root("articles", "orderBy: { field: INGESTED_AT, direction: DESC }"),
  root("actors"),
  root("actors", "orderBy: { field: QUOTE_COUNT, direction: ASC }"),
  root("actors", "orderBy: { field: NAME, direction: ASC }"),
  root("actors", "orderBy: { field: NAME, direction: DESC }"),
  root("actors", "orderBy: { field: LAST_SEEN, direction: DESC }"),
  root("actors", "orderBy: { field: LAST_SEEN, direction: ASC }"),
  root("events"),
  nested(`actor(slug: "mohammad-hanif-atmar")`, "quotes", (d) => d.actor.quotes),
  nested(`actor(slug: "lucia-lopez")`, "articles", (d) => d.actor.articles),
  nested(`actor(slug: "mohammad-hanif-atmar")`, "relatedActors", (d) => d.actor.relatedActors),
  nested(`actor(slug: "mohammad-hanif-atmar")`, "events", (d) => d.actor.events),
  nested(
    `articles(first: 1, orderBy: { field: TITLE, direction: ASC })`,
    "mentions",
    (d) => d.articles.nodes[0].mentions,
    true,
  ),
  nested(
    `articles(first: 1, orderBy: { field: TITLE, direction: ASC })`,
    "quotes",
    (d) => d.articles.nodes[0].quotes,
    true,
  ),
  nested(
    `articles(first: 1, orderBy: { field: TITLE, direction: ASC })`,
    "actors",
    (d) => d.articles.nodes[0].actors,
    true,
  ),
];

describe("connections", () => {
  const api = useSeededApi();

  const page = async (c: ListCase, vars: Record<string, unknown>) => c.pick(ok(await api.run<any>(c.query, vars)));

  describe.each(CASES)("$name", (c) => {
    it("walks forward with first/after and backward with last/before through the same list", async () => {
      const all = await page(c, { first: 100 });
      const ids = all.nodes.map((n: any) => n.id);
      expect(ids.length).toBeGreaterThan(1);
      expect(all.totalCount).toBe(ids.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

      const forward: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const p = await page(c, { first: 2, after });
        forward.push(...p.nodes.map((n: any) => n.id));
        expect(p.totalCount).toBe(all.totalCount);
        expect(p.edges.map((e: any) => e.node.id)).toEqual(p.nodes.map((n: any) => n.id));
        expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(forward).toEqual(ids);

      const backward: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 20; i++) {
        const p = await page(c, { last: 2, before });
        backward.unshift(...p.nodes.map((n: any) => n.id));
        expect(p.totalCount).toBe(all.totalCount);
        expect(p.pageInfo.hasNextPage).toBe(before !== null);
        if (!p.pageInfo.hasPreviousPage) break;
        before = p.pageInfo.startCursor;
      }
      expect(backward).toEqual(ids);
    });

    it("gives an empty page after the last item, with null cursors", async () => {
      const all = await page(c, { first: 100 });
      const end = await page(c, { first: 5, after: all.pageInfo.endCursor });
      expect(end.nodes).toEqual([]);
      expect(end.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      const none = await page(c, { first: 0 });
      expect(none.nodes).toEqual([]);
    });

    it("pages between two cursors", async () => {
      const all = await page(c, { first: 100 });
      if (all.edges.length < 3) return;
      const between = await page(c, { first: 100, after: all.edges[0].cursor, before: all.edges.at(-1).cursor });
      expect(between.nodes.map((n: any) => n.id)).toEqual(all.nodes.slice(1, -1).map((n: any) => n.id));
    });
  });

  const Q = `query($first: Int, $last: Int, $after: String, $before: String) { quotes(first: $first, last: $last, after: $after, before: $before) { totalCount } }`;

  it.each([
    ["first over 100", { first: 101 }, "first"],
    ["last over 100", { last: 500 }, "last"],
    ["negative first", { first: -1 }, "first"],
    ["both first and last", { first: 1, last: 1 }, "last"],
    ["garbage cursor", { after: "not a cursor!" }, "after"],
    ["base64 of junk", { after: Buffer.from("hello").toString("base64url") }, "after"],
    ["cursor of another order", { after: encodeCursor("quotes:ID:asc", { k: 1, id: 1 }) }, "after"],
    [
      "cursor with a bad id",
      {
        before: Buffer.from(JSON.stringify(["c1", "quotes:PUBLISHED_AT:desc", null, "1; DROP"])).toString("base64url"),
      },
      "before",
    ],
    [
      "cursor with a bad date",
      {
        after: Buffer.from(JSON.stringify(["c1", "quotes:PUBLISHED_AT:desc", { d: "never" }, 1])).toString("base64url"),
      },
      "after",
    ],
    ["huge cursor", { after: "A".repeat(5000) }, "after"],
  ])("refuses %s with BAD_USER_INPUT naming the argument", async (_name, vars, argument) => {
    const r = await api.run(Q, vars);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.extensions!.argument).toBe(argument);
    expect(r.errors![0]!.message).toContain(argument);
  });

  it("refuses a malformed cursor in a nested connection too", async () => {
    const r = await api.run(`{ actor(slug: "lucia-lopez") { quotes(after: "%%%") { totalCount } } }`);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
  });

  it("defaults to 20 items a page", async () => {
    const r = ok(await api.run<any>(`{ quotes { nodes { id } } }`));
    expect(r.quotes.nodes.length).toBe(9);
    expect(ok(await api.run<any>(`{ quotes(first: 100) { nodes { id } } }`)).quotes.nodes.length).toBe(9);
  });
});
