import { describe, expect, it } from "vitest";
import { excerptAround, markWords, queryWords } from "@/app/_components/excerpt.ts";

describe("queryWords", () => {
  it("folds case and accents, drops one-letter words and punctuation, longest first", () => {
    expect(queryWords("Ghâni's  a TALKS peace")).toEqual(["ghani", "talks", "peace"]);
  });
});

describe("markWords", () => {
  it("marks words at a word start, accent- and case-insensitively, keeping the text as written", () => {
    expect(markWords("Talks with Ghâni resumed; the stalks grew.", ["talks", "ghani"])).toEqual([
      { text: "Talks", hit: true },
      { text: " with ", hit: false },
      { text: "Ghâni", hit: true },
      { text: " resumed; the stalks grew.", hit: false },
    ]);
  });

  it("treats regular-expression characters in words as text", () => {
    expect(markWords("abc", ["a.c"])).toEqual([{ text: "abc", hit: false }]);
  });
});

describe("excerptAround", () => {
  it("shows the words' neighbourhood with ellipses where the body is cut", () => {
    const body = `${"Ferries ran late all week. ".repeat(10)}The harbour talks ended on Friday. ${"Riders waited in the rain. ".repeat(10)}`;
    const e = excerptAround(body, ["talks"])!;
    expect(e).toMatch(/^….*harbour talks ended.*…$/);
    expect(e.length).toBeLessThan(240);
  });

  it("is null when no word occurs", () => {
    expect(excerptAround("Nothing here.", ["talks"])).toBeNull();
  });
});
