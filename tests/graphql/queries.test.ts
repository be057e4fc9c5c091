import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../graphql/global-id.ts";
import { createTestDb, type TestDb } from "../support/test-db.ts";
import { codes, executor, ok } from "./support/exec.ts";
import { seedCorpus } from "./support/fixtures.ts";

describe("queries", () => {
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

  const names = (conn: any) => conn.nodes.map((n: any) => n.name);
  const titles = (conn: any) => conn.nodes.map((n: any) => n.title);

  describe("actors", () => {
    it("lists the most quoted first by default", async () => {
      const d = ok(await run<any>(`{ actors { totalCount nodes { name quoteCount } } }`));
      expect(d.actors.totalCount).toBe(4);
      expect(d.actors.nodes.map((n: any) => [n.name, n.quoteCount])).toEqual([["Lucía López", 3], ["Mohammad Hanif Atmar", 3], ["Omar Khan", 2], ["Ministry of Rivers", 0]]);
    });

    it("filters by name or alias fragment and by type", async () => {
      expect(names(ok(await run<any>(`{ actors(search: "lopez") { nodes { name } } }`)).actors)).toEqual(["Lucía López"]);
      expect(names(ok(await run<any>(`{ actors(search: "mr. atmar") { nodes { name } } }`)).actors)).toEqual(["Mohammad Hanif Atmar"]);
      expect(names(ok(await run<any>(`{ actors(type: ORGANIZATION) { totalCount nodes { name } } }`)).actors)).toEqual(["Ministry of Rivers"]);
      expect(ok(await run<any>(`{ actors(search: "%_'\\"; --") { totalCount nodes { name } } }`)).actors).toEqual({ totalCount: 0, nodes: [] });
    });

    it("orders by name and by when last seen", async () => {
      expect(names(ok(await run<any>(`{ actors(orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`)).actors)).toEqual(["Lucía López", "Ministry of Rivers", "Mohammad Hanif Atmar", "Omar Khan"]);
      const seen = ok(await run<any>(`{ actors(orderBy: { field: LAST_SEEN, direction: DESC }) { nodes { name lastSeen } } }`)).actors.nodes;
      expect(seen.map((n: any) => n.lastSeen)).toEqual(["2020", "2020", "2019-07", "2019-07"]);
    });

    it("looks one up by id or slug, null when absent, and refuses both or neither", async () => {
      const byId = ok(await run<any>(`query($id: ID) { actor(id: $id) { name slug type title aliases } }`, { id: toGlobalId("Actor", ids.atmar) })).actor;
      expect(byId).toEqual({ name: "Mohammad Hanif Atmar", slug: "mohammad-hanif-atmar", type: "PERSON", title: "National Security Adviser", aliases: ["Mohammad Hanif Atmar", "Atmar", "Mr. Atmar"] });
      expect(ok(await run<any>(`{ actor(slug: "lucia-lopez") { name } }`)).actor.name).toBe("Lucía López");
      expect(ok(await run<any>(`{ actor(slug: "nobody") { name } }`)).actor).toBeNull();
      expect(ok(await run<any>(`query($id: ID) { actor(id: $id) { name } }`, { id: toGlobalId("Actor", 9999) })).actor).toBeNull();
      expect(codes(await run(`{ actor { name } }`))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await run(`{ actor(id: "x", slug: "y") { name } }`))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await run(`{ actor(id: "not-an-id") { name } }`))).toEqual(["BAD_USER_INPUT"]);
    });

    it("resolves quotes, articles, events, related actors and the seen range", async () => {
      const a = ok(await run<any>(`{ actor(slug: "mohammad-hanif-atmar") {
        quoteCount firstSeen lastSeen
        quotes { totalCount nodes { text } }
        articles { totalCount nodes { title } }
        events { totalCount nodes { type } }
        relatedActors { totalCount edges { sharedArticles node { name } } }
      } }`)).actor;
      expect(a.quoteCount).toBe(3);
      expect([a.firstSeen, a.lastSeen]).toEqual(["2018-03-15", "2020"]);
      expect(a.quotes.nodes.map((q: any) => q.text)).toEqual(["The talks are going well", "We are ready to listen", "Talks will begin in the spring"]);
      expect(a.articles.totalCount).toBe(3);
      expect(a.events.nodes.map((e: any) => e.type).sort()).toEqual(["ANNOUNCE", "CONSULT"]);
      expect(a.relatedActors.edges.map((e: any) => [e.node.name, e.sharedArticles]).sort()).toEqual([["Lucía López", 2], ["Ministry of Rivers", 2], ["Omar Khan", 2]]);
      expect(a.relatedActors.totalCount).toBe(3);
    });
  });

  describe("articles", () => {
    it("lists newest first, undated last", async () => {
      const d = ok(await run<any>(`{ articles { totalCount nodes { title publishedAt publishedPrecision } } }`)).articles;
      expect(d.nodes.map((n: any) => [n.publishedAt, n.publishedPrecision])).toEqual([["2020", "YEAR"], ["2019-07", "MONTH"], ["2018-03-15", "DAY"], [null, null]]);
    });

    it.each([
      [`search: "flooding"`, ["Mayor criticises ministry over flooding"]],
      [`search: "MAYOR"`, ["Mayor criticises ministry over flooding"]],
      [`search: "levees"`, ["Mayor criticises ministry over flooding"]],
      [`search: "%"`, []],
      [`search: "100% of"`, ["Mayor criticises ministry over flooding"]],
      [`publisher: "the test herald"`, ["Adviser returns to the capital for more talks", "Security adviser outlines river talks plan"]],
      [`from: "2019", to: "2019"`, ["Mayor criticises ministry over flooding"]],
      [`to: "2018-03-15"`, ["Security adviser outlines river talks plan"]],
      [`mentioning: "Ministry of Rivers"`, ["Mayor criticises ministry over flooding", "Security adviser outlines river talks plan"]],
      [`mentioning: "khan"`, ["Adviser returns to the capital for more talks", "Mayor criticises ministry over flooding"]],
      [`mentioning: "nobody at all"`, []],
    ])("filters by %s", async (args, expected) => {
      expect(titles(ok(await run<any>(`{ articles(${args}) { nodes { title } } }`)).articles)).toEqual(expected);
    });

    it("never lets LIKE wildcards widen a text match", async () => {
      for (const search of ["%", "_", "\\", "%_%"]) expect(ok(await run<any>(`query($s: String) { articles(search: $s) { totalCount } }`, { s: search })).articles.totalCount).toBe(0);
      const narrow = ok(await run<any>(`{ articles(search: "1_0") { totalCount } events(location: "Po%rt") { totalCount } }`));
      expect(narrow.articles.totalCount).toBe(0);
      expect(narrow.events.totalCount).toBe(0);
    });

    it("filters by a mentioned actor's global id", async () => {
      const d = ok(await run<any>(`query($m: String) { articles(mentioning: $m) { totalCount } }`, { m: toGlobalId("Actor", ids.lopez) }));
      expect(d.articles.totalCount).toBe(3);
    });

    it("looks one up by id or slug and resolves its parts", async () => {
      const slug = (await t.db.article.findUniqueOrThrow({ where: { id: ids.articles[0] } })).slug;
      const a = ok(await run<any>(`query($slug: String) { article(slug: $slug) {
        id slug title publisher url body wordCount warnings extractorVersion dateline author
        quotes { totalCount nodes { text } }
        actors { nodes { name } }
        events { nodes { type summary date datePrecision location clusterKey evidence { start end text } participants { role actor { name } } article { slug } } }
        mentions { totalCount nodes { text start end form actor { name } article { slug } } }
      } }`, { slug })).article;
      expect(a.id).toBe(toGlobalId("Article", ids.articles[0]!));
      expect(a.warnings).toEqual(["fixture warning"]);
      expect(a.quotes.nodes.map((q: any) => q.text)).toEqual(["Talks will begin in the spring", "We are ready to listen", "The city supports the plan"]);
      expect(a.actors.nodes.map((n: any) => n.name)).toEqual(["Mohammad Hanif Atmar", "Lucía López", "Ministry of Rivers"]);
      expect(a.events.nodes[0]).toMatchObject({ type: "ANNOUNCE", date: "2018-03", datePrecision: "MONTH", location: "Riverton", article: { slug } });
      expect(a.events.nodes[0].participants).toEqual([{ role: "AGENT", actor: { name: "Mohammad Hanif Atmar" } }, { role: "TARGET", actor: { name: "Ministry of Rivers" } }]);
      expect(a.events.nodes[0].evidence[0].text).toBe(a.body.slice(a.events.nodes[0].evidence[0].start, a.events.nodes[0].evidence[0].end));
      for (const m of a.mentions.nodes) expect(a.body.slice(m.start, m.end)).toBe(m.text);
      expect(ok(await run<any>(`query($id: ID) { article(id: $id) { slug } }`, { id: a.id })).article.slug).toBe(slug);
      expect(ok(await run<any>(`{ article(slug: "missing") { slug } }`)).article).toBeNull();
    });
  });

  describe("events", () => {
    it.each([
      [``, ["CONSULT", "ACCUSE", "ANNOUNCE"].sort()],
      [`(type: "accuse")`, ["ACCUSE"]],
      [`(participant: "Omar Khan")`, ["CONSULT"]],
      [`(participant: "ministry of rivers")`, ["ACCUSE", "ANNOUNCE"]],
      [`(from: "2019")`, ["ACCUSE"]],
      [`(to: "2018")`, ["ANNOUNCE"]],
      [`(location: "Port")`, ["ACCUSE"]],
      [`(location: "port sample")`, ["ACCUSE"]],
      [`(location: "%")`, []],
    ])("filters events%s", async (args, expected) => {
      const d = ok(await run<any>(`{ events${args} { totalCount nodes { type } } }`)).events;
      expect(d.nodes.map((n: any) => n.type).sort()).toEqual(expected);
      expect(d.totalCount).toBe(expected.length);
    });

    it("lists dated events latest first and undated last", async () => {
      expect(ok(await run<any>(`{ events { nodes { date } } }`)).events.nodes.map((n: any) => n.date)).toEqual(["2019-07-02", "2018-03", null]);
    });

    it("looks one up by id", async () => {
      const e = await t.db.event.findFirstOrThrow({ where: { type: "ACCUSE" } });
      expect(ok(await run<any>(`query($id: ID!) { event(id: $id) { summary } }`, { id: toGlobalId("Event", e.id) })).event.summary).toBe("López accuses the ministry");
      expect(codes(await run(`query($id: ID!) { event(id: $id) { summary } }`, { id: toGlobalId("Quote", e.id) }))).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("node and nodes", () => {
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

  describe("search and stats", () => {
    it("searches actors by name, quotes and articles by words", async () => {
      const d = ok(await run<any>(`{ search(query: "Atmar") { actors { name } quotes { text } articles { title } all { __typename } } }`)).search;
      expect(d.actors).toEqual([{ name: "Mohammad Hanif Atmar" }]);
      const talks = ok(await run<any>(`{ search(query: "talks", limit: 5) { actors { name } quotes { text } articles { title } all { __typename ... on Article { title } } } }`)).search;
      expect(talks.quotes.map((q: any) => q.text).sort()).toEqual(["Talks will begin in the spring", "The talks are going well"]);
      expect(talks.articles.map((a: any) => a.title)).toEqual(["Adviser returns to the capital for more talks", "Security adviser outlines river talks plan"]);
      expect(talks.all.map((x: any) => x.__typename)).toEqual(["Quote", "Quote", "Article", "Article"]);
    });

    it("bounds the limit and finds nothing for punctuation", async () => {
      expect(codes(await run(`{ search(query: "x", limit: 51) { all { __typename } } }`))).toEqual(["BAD_USER_INPUT"]);
      expect(ok(await run<any>(`{ search(query: "%%") { all { __typename } } }`)).search.all).toEqual([]);
    });

    it("counts everything", async () => {
      expect(ok(await run<any>(`{ stats { articles actors quotes events } }`)).stats).toEqual({ articles: 4, actors: 4, quotes: 9, events: 3 });
    });
  });
});
