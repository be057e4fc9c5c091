import { describe, expect, it } from "vitest";
import { codes, ok } from "./support/exec.ts";
import { useSeededApi } from "./support/seeded-api.ts";

describe("Query.search and Query.stats", () => {
  const api = useSeededApi();

  it("searches actors by name, quotes and articles by words", async () => {
    const d = ok(
      await api.run<any>(
        `{ search(query: "Atmar") { actors { name } quotes { text } articles { title } all { __typename } } }`,
      ),
    ).search;
    expect(d.actors).toEqual([{ name: "Mohammad Hanif Atmar" }]);
    const talks = ok(
      await api.run<any>(
        `{ search(query: "talks", limit: 5) { actors { name } quotes { text } articles { title } all { __typename ... on Article { title } } } }`,
      ),
    ).search;
    expect(talks.quotes.map((q: any) => q.text).sort()).toEqual([
      "Talks will begin in the spring",
      "The talks are going well",
    ]);
    expect(talks.articles.map((a: any) => a.title)).toEqual([
      "Adviser returns to the capital for more talks",
      "Security adviser outlines river talks plan",
    ]);
    expect(talks.all.map((x: any) => x.__typename)).toEqual(["Quote", "Quote", "Article", "Article"]);
  });

  it("bounds the limit and finds nothing for punctuation", async () => {
    expect(codes(await api.run(`{ search(query: "x", limit: 51) { all { __typename } } }`))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(ok(await api.run<any>(`{ search(query: "%%") { all { __typename } } }`)).search.all).toEqual([]);
  });

  it("counts everything", async () => {
    expect(ok(await api.run<any>(`{ stats { articles actors quotes events } }`)).stats).toEqual({
      articles: 4,
      actors: 4,
      quotes: 9,
      events: 3,
    });
  });
});
