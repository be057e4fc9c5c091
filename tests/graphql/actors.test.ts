import { describe, expect, it } from "vitest";
import { toGlobalId } from "@/graphql/global-id.ts";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.actors and Actor fields", () => {
  const api = useSeededApi();

  const names = (conn: any) => conn.nodes.map((n: any) => n.name);
  it("lists the most quoted first by default", async () => {
    const d = ok(await api.run<any>(`{ actors { totalCount nodes { name quoteCount } } }`));
    expect(d.actors.totalCount).toBe(4);
    expect(d.actors.nodes.map((n: any) => [n.name, n.quoteCount])).toEqual([
      ["Lucía López", 3],
      ["Mohammad Hanif Atmar", 3],
      ["Omar Khan", 2],
      ["Ministry of Rivers", 0],
    ]);
  });

  it("filters by name or alias fragment and by type", async () => {
    expect(names(ok(await api.run<any>(`{ actors(search: "lopez") { nodes { name } } }`)).actors)).toEqual([
      "Lucía López",
    ]);
    expect(names(ok(await api.run<any>(`{ actors(search: "mr. atmar") { nodes { name } } }`)).actors)).toEqual([
      "Mohammad Hanif Atmar",
    ]);
    expect(
      names(ok(await api.run<any>(`{ actors(type: ORGANIZATION) { totalCount nodes { name } } }`)).actors),
    ).toEqual(["Ministry of Rivers"]);
    expect(ok(await api.run<any>(`{ actors(search: "%_'\\"; --") { totalCount nodes { name } } }`)).actors).toEqual({
      totalCount: 0,
      nodes: [],
    });
  });

  it("orders by name and by when last seen", async () => {
    expect(
      names(ok(await api.run<any>(`{ actors(orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`)).actors),
    ).toEqual(["Lucía López", "Ministry of Rivers", "Mohammad Hanif Atmar", "Omar Khan"]);
    const seen = ok(
      await api.run<any>(`{ actors(orderBy: { field: LAST_SEEN, direction: DESC }) { nodes { name lastSeen } } }`),
    ).actors.nodes;
    expect(seen.map((n: any) => n.lastSeen)).toEqual(["2020", "2020", "2019-07", "2019-07"]);
  });

  it("looks one up by id or slug, null when absent, and refuses both or neither", async () => {
    const byId = ok(
      await api.run<any>(`query($id: ID) { actor(id: $id) { name slug type title aliases } }`, {
        id: toGlobalId("Actor", api.ids.atmar),
      }),
    ).actor;
    expect(byId).toEqual({
      name: "Mohammad Hanif Atmar",
      slug: "mohammad-hanif-atmar",
      type: "PERSON",
      title: "National Security Adviser",
      aliases: ["Mohammad Hanif Atmar", "Atmar", "Mr. Atmar"],
    });
    expect(ok(await api.run<any>(`{ actor(slug: "lucia-lopez") { name } }`)).actor.name).toBe("Lucía López");
    expect(ok(await api.run<any>(`{ actor(slug: "nobody") { name } }`)).actor).toBeNull();
    expect(
      ok(await api.run<any>(`query($id: ID) { actor(id: $id) { name } }`, { id: toGlobalId("Actor", 9999) })).actor,
    ).toBeNull();
    expect(codes(await api.run(`{ actor { name } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.run(`{ actor(id: "x", slug: "y") { name } }`))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.run(`{ actor(id: "not-an-id") { name } }`))).toEqual(["BAD_USER_INPUT"]);
  });

  it("narrows an actor's quotes to those with the words searched, in one operation", async () => {
    const a = ok(
      await api.run<any>(
        `{ actor(slug: "mohammad-hanif-atmar") { quotes(search: "spring") { totalCount nodes { text speaker { name } } } } }`,
      ),
    ).actor;
    expect(a.quotes.nodes).toEqual([
      { text: "Talks will begin in the spring", speaker: { name: "Mohammad Hanif Atmar" } },
    ]);
    expect(a.quotes.totalCount).toBe(1);
    const none = ok(
      await api.run<any>(`{ actor(slug: "omar-khan") { quotes(search: "spring") { totalCount nodes { text } } } }`),
    ).actor;
    expect(none.quotes).toEqual({ totalCount: 0, nodes: [] });
  });

  it("resolves quotes, articles, events, related actors and the seen range", async () => {
    const a = ok(
      await api.run<any>(`{ actor(slug: "mohammad-hanif-atmar") {
      quoteCount firstSeen lastSeen
      quotes { totalCount nodes { text } }
      articles { totalCount nodes { title } }
      events { totalCount nodes { type } }
      relatedActors { totalCount edges { sharedArticles node { name } } }
    } }`),
    ).actor;
    expect(a.quoteCount).toBe(3);
    expect([a.firstSeen, a.lastSeen]).toEqual(["2018-03-15", "2020"]);
    expect(a.quotes.nodes.map((q: any) => q.text)).toEqual([
      "The talks are going well",
      "We are ready to listen",
      "Talks will begin in the spring",
    ]);
    expect(a.articles.totalCount).toBe(3);
    expect(a.events.nodes.map((e: any) => e.type).sort()).toEqual(["ANNOUNCE", "CONSULT"]);
    expect(a.relatedActors.edges.map((e: any) => [e.node.name, e.sharedArticles]).sort()).toEqual([
      ["Lucía López", 2],
      ["Ministry of Rivers", 2],
      ["Omar Khan", 2],
    ]);
    expect(a.relatedActors.totalCount).toBe(3);
  });
});
