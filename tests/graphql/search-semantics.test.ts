import { beforeAll, describe, expect, it } from "vitest";
import { ok } from "./support/exec.ts";
import { saveFixture } from "./support/fixtures.ts";
import { useSeededApi } from "./support/seeded-api.ts";

const Q = `query($q: String!, $limit: Int) { search(query: $q, limit: $limit) { actors { name } quotes { text } articles { title } } }`;

describe("Query.search semantics", () => {
  const api = useSeededApi();
  beforeAll(async () => {
    // saved after the standard corpus, so its quotes are the newest and its article the newest published
    await saveFixture(api.db, {
      title: "Talks on the river resume",
      publisher: "Late Wire",
      publishedAt: "2021-05-01",
      quotes: [
        ["khan", "The river talks went well"],
        ["khan", "Talks about the river are over"],
        ["lopez", "Café owners back the Ghâni plan"],
      ],
    });
  });

  async function search(q: string, limit = 10): Promise<{ actors: string[]; quotes: string[]; articles: string[] }> {
    const d = ok(await api.run<any>(Q, { q, limit })).search;
    return {
      actors: d.actors.map((a: any) => a.name),
      quotes: d.quotes.map((x: any) => x.text),
      articles: d.articles.map((x: any) => x.title),
    };
  }

  it.each(["López", "lopez", "LOPEZ", "Lôpez", "Ms. López"])(
    "finds an actor case- and accent-insensitively: %j",
    async (q) => {
      expect((await search(q)).actors).toEqual(["Lucía López"]);
    },
  );

  it("finds an actor by any word of its name, as a prefix while typing, leading honorifics dropped", async () => {
    expect((await search("Hanif")).actors).toEqual(["Mohammad Hanif Atmar"]);
    expect((await search("Atm")).actors).toEqual(["Mohammad Hanif Atmar"]);
    expect((await search("Mr. Atm")).actors).toEqual(["Mohammad Hanif Atmar"]);
    expect((await search("Lucia")).actors).toEqual(["Lucía López"]);
    // only the last word is a prefix
    expect((await search("Atm Hanif")).actors).toEqual([]);
  });

  it("finds text case- and accent-insensitively in quotes", async () => {
    expect((await search("cafe GHANI")).quotes).toEqual(["Café owners back the Ghâni plan"]);
    expect((await search("Ghâni")).quotes).toEqual(["Café owners back the Ghâni plan"]);
  });

  it("requires every word", async () => {
    // the article's body holds the quote, so the article is found by its body
    expect(await search("talks spring")).toEqual({
      actors: [],
      quotes: ["Talks will begin in the spring"],
      articles: ["Security adviser outlines river talks plan"],
    });
    // the title holding all three first, then a body holding them apart
    expect((await search("river talks plan")).articles).toEqual([
      "Security adviser outlines river talks plan",
      "Talks on the river resume",
    ]);
    expect(await search("talks zebra")).toEqual({ actors: [], quotes: [], articles: [] });
  });

  it("matches the last word as a prefix while it is typed, and as a word after a space", async () => {
    expect((await search("spri")).quotes).toEqual([
      "Spring floods are coming early this year",
      "Talks will begin in the spring",
    ]);
    expect((await search("flood")).quotes).toEqual([
      "Spring floods are coming early this year",
      "Nobody expected this flood",
    ]);
    // the title's hit first, then the body's
    expect((await search("flood")).articles).toEqual([
      "Mayor criticises ministry over flooding",
      "Undated notes from the river valley",
    ]);
    expect((await search("flood ")).quotes).toEqual(["Nobody expected this flood"]);
    // "flooding" in the title no longer matches; the body's "this flood" does
    expect((await search("flood ")).articles).toEqual(["Mayor criticises ministry over flooding"]);
  });

  it("matches text in double quotes as a phrase", async () => {
    expect((await search('"talks are"')).quotes).toEqual(["The talks are going well"]);
    expect((await search('"are talks"')).quotes).toEqual([]);
    // the title holding the phrase first, then a body holding it ("The river talks went well")
    expect((await search('"river talks"')).articles).toEqual([
      "Security adviser outlines river talks plan",
      "Talks on the river resume",
    ]);
  });

  it("ranks hits holding the words side by side first, then by recency", async () => {
    // the phrase hits are older (saved earlier, published earlier) than the others
    expect((await search("river talks")).quotes).toEqual([
      "The river talks went well",
      "Talks about the river are over",
    ]);
    expect((await search("river talks")).articles).toEqual([
      "Security adviser outlines river talks plan",
      "Talks on the river resume",
    ]);
    expect((await search("talks")).articles).toEqual([
      "Talks on the river resume",
      "Adviser returns to the capital for more talks",
      "Security adviser outlines river talks plan",
    ]);
    expect((await search("talks", 2)).quotes).toEqual(["Talks about the river are over", "The river talks went well"]);
  });

  it.each([
    '"',
    "*",
    "NEAR(",
    "OR",
    "AND",
    "NOT talks",
    "talks*",
    "-talks",
    "^talks",
    "col:talks",
    "talks)",
    "(",
    "'",
    "\\",
    "' OR 1=1 --",
    '"; DROP TABLE "Quote"; --',
    ":*",
    "!talks",
    "talks & spring",
    "talks | plan",
    "<->",
    "talks NEAR/2 plan",
    "🙂",
    "ü".repeat(150),
  ])("treats FTS and SQL syntax in %j as plain text", async (q) => {
    const r = await api.run<any>(Q, { q, limit: 5 });
    expect(r.errors).toBeUndefined();
    const words = q
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .toLowerCase();
    if (words === "talks") expect(r.data.search.quotes.length).toBeGreaterThan(0);
    if (!words) expect(r.data.search).toEqual({ actors: [], quotes: [], articles: [] });
  });

  it("stays bounded by the limit and still counts the data afterwards", async () => {
    const r = await search("the", 1);
    expect([r.actors.length, r.quotes.length, r.articles.length].every((n) => n <= 1)).toBe(true);
    expect(await search("talks", 0)).toEqual({ actors: [], quotes: [], articles: [] });
    expect(ok(await api.run<any>(`{ stats { quotes } }`)).stats.quotes).toBe(12);
  });
});
