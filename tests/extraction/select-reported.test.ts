import { describe, expect, it } from "vitest";
import { selectReported, type ScoredCandidate } from "@/lib/extraction/attribution/find-reported-speech.ts";

/** A candidate with only what selection reads: its cue verb, content clause and score. */
function candidate(verb: number, clause: [number, number], score: number): ScoredCandidate {
  return { cue: { verb, phrase: { from: verb - 1, to: verb, kind: "NAME" } }, clause, score } as ScoredCandidate;
}

describe("selectReported", () => {
  it("keeps one candidate per cue verb, the likelier one", () => {
    const a = candidate(5, [6, 12], 0.9);
    const b = candidate(5, [6, 9], 0.7);
    expect(selectReported([b, a], 0.5)).toEqual([a]);
  });

  it("keeps one of two readings of one stretch, but a report inside a report keeps both", () => {
    const outer = candidate(2, [3, 20], 0.9);
    const rereading = candidate(30, [4, 20], 0.8);
    const nested = candidate(8, [9, 20], 0.7);
    expect(selectReported([rereading, nested, outer], 0.5)).toEqual([outer, nested]);
  });

  it("drops candidates under the threshold and returns the rest in text order", () => {
    const late = candidate(40, [41, 50], 0.9);
    const early = candidate(2, [3, 10], 0.6);
    const weak = candidate(20, [21, 30], 0.4);
    expect(selectReported([late, weak, early], 0.5)).toEqual([early, late]);
  });

  it("keeps candidates whose clauses start on the same token in the order they were kept", () => {
    const first = candidate(2, [10, 40], 0.9);
    const second = candidate(12, [10, 13], 0.8);
    expect(selectReported([second, first], 0.5)).toEqual([first, second]);
  });
});
