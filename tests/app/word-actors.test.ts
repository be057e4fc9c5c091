import { describe, expect, it } from "vitest";
import { buildSuggestions, splitQueryWords, wordActorFields } from "@/app/search/word-actors.ts";

describe("splitQueryWords", () => {
  it.each([
    ["Atmar Haqqani", ["Atmar", "Haqqani"]],
    ["Atmar", []],
    ["Atmar on the Haqqanis", ["Atmar", "the", "Haqqanis"]],
    ["a b c d e f", []],
    ["one two three four five", ["one", "two", "three", "four"]],
  ])("splits %s", (q, words) => expect(splitQueryWords(q)).toEqual(words));
});

describe("wordActorFields", () => {
  it("aliases one actor lookup per word", () => {
    expect(wordActorFields(2)).toEqual({
      fields:
        "w0: actors(search: $w0, first: 2) { nodes { slug name } }\n  w1: actors(search: $w1, first: 2) { nodes { slug name } }",
      variables: ", $w0: String, $w1: String",
    });
    expect(wordActorFields(0)).toEqual({ fields: "", variables: "" });
  });
});

describe("buildSuggestions", () => {
  it("filters each found actor's quotes by the other words, once per actor", () => {
    const atmar = { slug: "mohammad-hanif-atmar", name: "Mohammad Hanif Atmar" };
    const haqqani = { slug: "haqqani-network", name: "Haqqani Network" };
    expect(buildSuggestions(["Atmar", "Haqqani"], [[atmar], [haqqani, atmar]])).toEqual([
      { ...atmar, filter: "Haqqani" },
      { ...haqqani, filter: "Atmar" },
    ]);
  });
});
