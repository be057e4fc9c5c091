import { describe, expect, it } from "vitest";
import { createFeatureWeights, getWeightMap } from "@/lib/extraction/learned/get-weight-map.ts";

describe("feature weights by name", () => {
  const weights = { bias: -0.5, "verb=said": 1.25, "pat+stem=that|say": 0, "shead=ministry": -2 };

  it("gives every key its own number and nothing for other names", () => {
    const index = createFeatureWeights(weights);
    for (const [name, w] of Object.entries(weights)) expect(index.get(name)).toBe(w);
    expect(index.get("verb=told")).toBeUndefined();
    expect(index.get("")).toBeUndefined();
    expect(index.get("constructor")).toBeUndefined();
  });

  it("finds a name built afresh from parts", () => {
    const verb = ["sa", "id"].join("");
    expect(createFeatureWeights(weights).get(`verb=${verb}`)).toBe(1.25);
  });

  it("finds every one of many names (probing past collisions)", () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i / 7]));
    const index = createFeatureWeights(many);
    for (let i = 0; i < 5000; i++) expect(index.get(`f${i}`)).toBe(i / 7);
    expect(index.get("f5000")).toBeUndefined();
  });

  it("indexes one weights object once", () => {
    expect(getWeightMap(weights)).toBe(getWeightMap(weights));
  });
});
