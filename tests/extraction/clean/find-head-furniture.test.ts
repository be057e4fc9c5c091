import { describe, expect, it } from "vitest";
import { findHeadFurniture } from "@/lib/extraction/clean/find-head-furniture.ts";

describe("findHeadFurniture", () => {
  it("finds headline, byline and dateline prefix when a wire story opens with them", () => {
    const lines = [
      "Storm hits coast",
      "By Jane Roe, Example News",
      "MIAMI (AP) — A storm hit the coast on Sunday, officials said.",
    ];
    expect(findHeadFurniture(lines)).toEqual([
      { line: 0, cut: 16, reason: "headline" },
      { line: 1, cut: 25, reason: "byline" },
      { line: 2, cut: 13, reason: "dateline", place: "MIAMI" },
    ]);
  });

  it("finds nothing when the article opens with its lede", () => {
    const lede =
      "A storm hit the coast on Sunday, cutting power to thousands of homes across three counties, officials said.";
    expect(findHeadFurniture([lede, "More rain is expected."])).toEqual([]);
  });
});
