import { describe, expect, it } from "vitest";
import { decodeWeights, encodeWeights, addScores } from "@/lib/extraction/tagger/weight-table.ts";
import { AveragedPerceptron, seededRandom, shuffle } from "@/scripts/train/lib/averaged-perceptron.ts";

// an invented three-class problem: feature 10+c votes for class c, feature 99 is noise
function train(seed: number): Uint8Array {
  const model = new AveragedPerceptron(3);
  const random = seededRandom(seed);
  const examples = Array.from({ length: 60 }, (_, i) => i % 3);
  for (let epoch = 0; epoch < 4; epoch++) {
    for (const c of shuffle([...examples], random)) {
      const feats = Uint32Array.of(10 + c, 99);
      model.update(c, model.predict(feats, 2), feats, 2);
    }
  }
  model.average();
  return encodeWeights(model.quantise(0.001).rows);
}

describe("AveragedPerceptron", () => {
  it("learns an invented problem and its integer weights score it the same way", () => {
    const table = decodeWeights(train(7), 3);
    for (const c of [0, 1, 2]) {
      const scores = new Int32Array(3);
      addScores(table, Uint32Array.of(10 + c, 99), 2, scores);
      expect(scores.indexOf(Math.max(...scores))).toBe(c);
    }
  });

  it("is deterministic: the same seed writes the same bytes", () => {
    expect(Buffer.from(train(7)).equals(Buffer.from(train(7)))).toBe(true);
  });

  it("refuses a weight table that names a class the model lacks", () => {
    expect(() => decodeWeights(train(7), 2)).toThrow(/class 2/);
  });
});
