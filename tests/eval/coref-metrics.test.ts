import { describe, expect, it } from "vitest";
import { bCubedCounts, mucCounts, toPrf } from "@/scripts/lib/coref-metrics.ts";

describe("mucCounts", () => {
  it("scores a perfect response 1 on both sides", () => {
    const key = [
      ["a", "b", "c"],
      ["d", "e"],
    ];
    expect(toPrf(mucCounts(key, key))).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it("counts the links a split response misses (Vilain et al.'s example)", () => {
    // key {A B C D}, response {A B} {C D}: recall (4 - 2) / 3, precision 2 / 2
    const s = toPrf(
      mucCounts(
        [["A", "B", "C", "D"]],
        [
          ["A", "B"],
          ["C", "D"],
        ],
      ),
    );
    expect(s.r).toBeCloseTo(2 / 3);
    expect(s.p).toBe(1);
  });

  it("treats a mention absent from the response as its own part", () => {
    const s = toPrf(mucCounts([["a", "b", "c"]], [["a", "b"]]));
    expect(s.r).toBeCloseTo(1 / 2);
    expect(s.p).toBe(1);
  });
});

describe("bCubedCounts", () => {
  it("scores a perfect response 1 on both sides", () => {
    const key = [["a", "b"], ["c"]];
    expect(toPrf(bCubedCounts(key, key))).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it("penalises a merge in precision and keeps recall", () => {
    // key {a b} {c d}, response {a b c d}: every mention shares 2 of its response's 4
    const s = toPrf(
      bCubedCounts(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        [["a", "b", "c", "d"]],
      ),
    );
    expect(s.r).toBe(1);
    expect(s.p).toBeCloseTo(0.5);
  });

  it("counts a twinless response mention as a singleton on the key side", () => {
    const s = toPrf(bCubedCounts([["a", "b"]], [["a", "b", "x"]]));
    expect(s.r).toBe(1);
    // a and b share 2 of their response's 3; x, alone in the key, shares only itself
    expect(s.p).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
  });
});
