import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SPEAKER_FEATURE_SET } from "@/lib/extraction/attribution/scorer/speaker-features.ts";
import {
  ABSTAIN_MARGIN,
  chooseCandidate,
  getBestIndex,
  isSpeakerWeights,
  toWeightMap,
} from "@/lib/extraction/attribution/scorer/speaker-scorer.ts";
import { COMMITTED_MODELS } from "@/lib/extraction/learned/committed-models.ts";
import { getModel } from "@/lib/extraction/learned/learned-models.ts";
import { extract } from "@/lib/extraction/pipeline.ts";

const WEIGHTS_FILE = path.resolve(import.meta.dirname, "../../lib/extraction/attribution/scorer/speaker-weights.json");

describe("speaker scorer", () => {
  it("loads the committed weights, trained for the features this code computes", () => {
    const w = getModel(COMMITTED_MODELS, "speaker", isSpeakerWeights);
    expect(w?.featureSet).toBe(SPEAKER_FEATURE_SET);
    expect(Object.keys(w!.weights).length).toBeGreaterThan(10);
  });

  it("ships the weights file `npm run train:attribution` wrote (sha256 printed by the trainer)", () => {
    const sha = createHash("sha256").update(fs.readFileSync(WEIGHTS_FILE)).digest("hex");
    const recorded = fs.readFileSync(`${WEIGHTS_FILE.replace(/\.json$/, "")}.sha256`, "utf8").trim();
    expect(sha).toBe(recorded);
  });

  it("refuses weights trained for another feature set, naming both", () => {
    expect(() => isSpeakerWeights({ version: 1, featureSet: "old-set", weights: {}, margin: 0 })).toThrow(
      /old-set.*speaker-features/,
    );
  });

  it("keeps the rules' choice unless another candidate beats it by more than the margin", () => {
    const w = toWeightMap({ version: 1, featureSet: SPEAKER_FEATURE_SET, weights: { a: 1, b: 1.5 }, margin: 1 });
    expect(getBestIndex(w, [["a"], ["b"]], 0)).toBe(0);
    expect(getBestIndex({ ...w, margin: 0 }, [["a"], ["b"]], 0)).toBe(1);
    expect(getBestIndex(w, [["a"], ["b"]], -1)).toBe(1);
  });

  it("takes the best proposed speaker over 'no speaker', and 'no speaker' only when nobody is proposed", () => {
    const w = toWeightMap({ version: 1, featureSet: SPEAKER_FEATURE_SET, weights: {}, margin: 0 });
    // candidate 2 is "no speaker" and scores best: the better of the two speakers is taken
    expect(chooseCandidate(w, [1, 3, 9], -1, false, [true, true, false])).toBe(1);
    // a decisive pattern's choice stands, even "no speaker"
    expect(chooseCandidate(w, [4, 3, 9], 2, true, [true, true, false])).toBe(2);
    expect(chooseCandidate(w, [9], -1, false, [false])).toBe(0);
    // "no speaker" far ahead stands
    expect(chooseCandidate(w, [1, 3, 3 + ABSTAIN_MARGIN + 1], -1, false, [true, true, false])).toBe(2);
    // a speaker the scorer already prefers stays
    expect(chooseCandidate(w, [1, 8, 3], -1, false, [true, true, false])).toBe(1);
  });

  it.each([
    ["the name after 'said'", "“We will not wait,” said Ruth Calloway.", "Ruth Calloway"],
    ["the name before 'said'", "“We will not wait,” Ruth Calloway said.", "Ruth Calloway"],
    ["the pronoun before 'said'", "Ruth Calloway arrived late. “We will not wait,” she said.", "she"],
    ["an anonymous source", "“We will not wait,” a senior port official said.", "a senior port official"],
  ])("picks %s", (_name, sentence, mention) => {
    const q = extract({ text: `Port talks\n\nThe talks resumed on Tuesday.\n\n${sentence}` }).quotes.find(
      (x) => x.kind !== "INDIRECT",
    );
    expect(q?.speakerMention?.text).toBe(mention);
  });
});
