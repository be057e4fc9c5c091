import { describe, expect, it } from "vitest";
import { getRegexPrefixes, splitAlternatives } from "@/lib/extraction/text/get-regex-prefixes.ts";

const texts = (source: string, fold = true) =>
  getRegexPrefixes(source, 3, fold)
    .map((p) => `${p.text}${p.open ? "…" : ""}`)
    .sort();

describe("splitAlternatives", () => {
  it("splits at top-level bars only when groups and classes hold bars too", () => {
    expect(splitAlternatives(String.raw`met|(?:a|b)c|[|x]y|\|z`)).toEqual([
      "met",
      "(?:a|b)c",
      "[|x]y",
      String.raw`\|z`,
    ]);
  });
});

describe("getRegexPrefixes", () => {
  it.each([
    ["met|meets", ["mee", "met"]],
    ["(?:tele)?phone", ["pho", "tel"]],
    ["cancell?ed", ["can"]],
    ["(?=meet)(?<=will\\s)meet", ["mee"]],
    ["air ?strikes?", ["air"]],
    ["re-elected", ["re-"]],
    ["at", ["at…"]],
    ["a\\s+b", ["a…"]],
    ["o[fn]", ["o…"]],
    ["se+n", ["se…"]],
    ["(?:in|during) an?", ["dur", "in "]],
  ])("reads the starts of %s", (source, expected) => {
    expect(texts(source)).toEqual(expected);
  });

  it("lowers ASCII capitals when folding case and keeps them otherwise", () => {
    expect(texts("Visit", true)).toEqual(["vis"]);
    expect(texts("Visit", false)).toEqual(["Vis"]);
  });

  it("answers anything for groups it does not read when a named group opens the source", () => {
    expect(texts("(?<w>ab)c")).toEqual(["…"]);
  });
});
