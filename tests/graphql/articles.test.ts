import { describe, expect, it } from "vitest";
import { toGlobalId } from "@/graphql/global-id.ts";
import { ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.articles and Article fields", () => {
  const api = useSeededApi();

  const titles = (conn: any) => conn.nodes.map((n: any) => n.title);

  it("lists newest first, undated last", async () => {
    const d = ok(
      await api.run<any>(`{ articles { totalCount nodes { title publishedAt publishedPrecision } } }`),
    ).articles;
    expect(d.nodes.map((n: any) => [n.publishedAt, n.publishedPrecision])).toEqual([
      ["2020", "YEAR"],
      ["2019-07", "MONTH"],
      ["2018-03-15", "DAY"],
      [null, null],
    ]);
  });

  it.each([
    [`search: "flooding"`, ["Mayor criticises ministry over flooding"]],
    [`search: "MAYOR"`, ["Mayor criticises ministry over flooding"]],
    [`search: "levees"`, ["Mayor criticises ministry over flooding"]],
    [`search: "%"`, []],
    [`search: "100% of"`, ["Mayor criticises ministry over flooding"]],
    [
      `publisher: "the test herald"`,
      ["Adviser returns to the capital for more talks", "Security adviser outlines river talks plan"],
    ],
    [`from: "2019", to: "2019"`, ["Mayor criticises ministry over flooding"]],
    [`to: "2018-03-15"`, ["Security adviser outlines river talks plan"]],
    [
      `mentioning: "Ministry of Rivers"`,
      ["Mayor criticises ministry over flooding", "Security adviser outlines river talks plan"],
    ],
    [
      `mentioning: "khan"`,
      ["Adviser returns to the capital for more talks", "Mayor criticises ministry over flooding"],
    ],
    [`mentioning: "nobody at all"`, []],
  ])("filters by %s", async (args, expected) => {
    expect(titles(ok(await api.run<any>(`{ articles(${args}) { nodes { title } } }`)).articles)).toEqual(expected);
  });

  it("never lets LIKE wildcards widen a text match", async () => {
    for (const search of ["%", "_", "\\", "%_%"])
      expect(
        ok(await api.run<any>(`query($s: String) { articles(search: $s) { totalCount } }`, { s: search })).articles
          .totalCount,
      ).toBe(0);
    const narrow = ok(
      await api.run<any>(`{ articles(search: "1_0") { totalCount } events(location: "Po%rt") { totalCount } }`),
    );
    expect(narrow.articles.totalCount).toBe(0);
    expect(narrow.events.totalCount).toBe(0);
  });

  it("filters by a mentioned actor's global id", async () => {
    const d = ok(
      await api.run<any>(`query($m: String) { articles(mentioning: $m) { totalCount } }`, {
        m: toGlobalId("Actor", api.ids.lopez),
      }),
    );
    expect(d.articles.totalCount).toBe(3);
  });

  it("looks one up by id or slug and resolves its parts", async () => {
    const slug = (await api.db.article.findUniqueOrThrow({ where: { id: api.ids.articles[0] } })).slug;
    const a = ok(
      await api.run<any>(
        `query($slug: String) { article(slug: $slug) {
      id slug title publisher url body wordCount warnings extractorVersion dateline author
      quotes { totalCount nodes { text } }
      actors { nodes { name } }
      events { nodes { type summary date datePrecision location clusterKey evidence { start end text } participants { role actor { name } } article { slug } } }
      mentions { totalCount nodes { text start end form actor { name } article { slug } } }
    } }`,
        { slug },
      ),
    ).article;
    expect(a.id).toBe(toGlobalId("Article", api.ids.articles[0]!));
    expect(a.warnings).toEqual(["fixture warning"]);
    expect(a.quotes.nodes.map((q: any) => q.text)).toEqual([
      "Talks will begin in the spring",
      "We are ready to listen",
      "The city supports the plan",
    ]);
    expect(a.actors.nodes.map((n: any) => n.name)).toEqual([
      "Mohammad Hanif Atmar",
      "Lucía López",
      "Ministry of Rivers",
    ]);
    expect(a.events.nodes[0]).toMatchObject({
      type: "ANNOUNCE",
      date: "2018-03",
      datePrecision: "MONTH",
      location: "Riverton",
      article: { slug },
    });
    expect(a.events.nodes[0].participants).toEqual([
      { role: "AGENT", actor: { name: "Mohammad Hanif Atmar" } },
      { role: "TARGET", actor: { name: "Ministry of Rivers" } },
    ]);
    expect(a.events.nodes[0].evidence[0].text).toBe(
      a.body.slice(a.events.nodes[0].evidence[0].start, a.events.nodes[0].evidence[0].end),
    );
    for (const m of a.mentions.nodes) expect(a.body.slice(m.start, m.end)).toBe(m.text);
    expect(ok(await api.run<any>(`query($id: ID) { article(id: $id) { slug } }`, { id: a.id })).article.slug).toBe(
      slug,
    );
    expect(ok(await api.run<any>(`{ article(slug: "missing") { slug } }`)).article).toBeNull();
  });
});
