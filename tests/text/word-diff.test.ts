import { describe, expect, it } from "vitest";
import { MAX_DIFF_WORDS, wordDiff, type DiffSegment } from "@/lib/text/word-diff.ts";

const rebuilt = (segs: DiffSegment[], keep: DiffSegment["kind"]) =>
  segs
    .filter((s) => s.kind === "same" || s.kind === keep)
    .map((s) => s.text)
    .join("");

describe("wordDiff", () => {
  it.each([
    [
      "the same text is one same run",
      "we will open the park",
      "we will open the park",
      [{ kind: "same", text: "we will open the park" }],
    ],
    [
      "a changed word is removed then added",
      "we will open the park",
      "we will close the park",
      [
        { kind: "same", text: "we will " },
        { kind: "removed", text: "open " },
        { kind: "added", text: "close " },
        { kind: "same", text: "the park" },
      ],
    ],
    [
      "an added word is added",
      "we will open the park",
      "we will soon open the park",
      [
        { kind: "same", text: "we will " },
        { kind: "added", text: "soon " },
        { kind: "same", text: "open the park" },
      ],
    ],
    [
      "case and punctuation do not count as changes",
      "We will open the park.",
      "we will open the park",
      [{ kind: "same", text: "we will open the park" }],
    ],
  ] as const)("diffs words when %s", (_, base, variant, expected) => {
    expect(wordDiff(base, variant)).toEqual(expected);
  });

  it("rebuilds the variant from its same and added runs", () => {
    const variant = "  Rivers,  they said, will  rise again";
    expect(rebuilt(wordDiff("the rivers will rise", variant), "added")).toBe(variant);
  });

  it("falls back to one removed and one added run when a side is over the word cap", () => {
    const long = Array.from({ length: MAX_DIFF_WORDS + 1 }, (_, i) => `w${i}`).join(" ");
    expect(wordDiff(long, "short text")).toEqual([
      { kind: "removed", text: long },
      { kind: "added", text: "short text" },
    ]);
  });

  it("handles empty texts", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "new words")).toEqual([{ kind: "added", text: "new words" }]);
  });
});
