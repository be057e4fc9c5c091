import { describe, expect, it } from "vitest";
import { REPORTED_FEATURES_VERSION } from "@/lib/extraction/attribution/reported-features.ts";
import {
  getStaleModelReason,
  isReportedModel,
  parseReportedModel,
  scoreReported,
} from "@/lib/extraction/attribution/reported-model.ts";
import { COMMITTED_MODELS } from "@/lib/extraction/learned/committed-models.ts";
import { fitLogistic, pickThreshold, tokenF1, type Example } from "@/scripts/lib/fit-logistic.ts";

const EXAMPLES: Example[] = [
  ...Array.from({ length: 20 }, (): Example => ({ features: ["bias", "pat=that"], label: 1 })),
  ...Array.from({ length: 20 }, (): Example => ({ features: ["bias", "pat=object"], label: 0 })),
];

describe("fitLogistic", () => {
  it("gives the same weights twice with the same seed", () => {
    const opt = { epochs: 5, rate: 0.1, l2: 1e-5, seed: 7 };
    expect(fitLogistic(EXAMPLES, opt)).toEqual(fitLogistic(EXAMPLES, opt));
  });

  it("learns which feature marks the positives", () => {
    const w = fitLogistic(EXAMPLES, { epochs: 10, rate: 0.2, l2: 0, seed: 1 });
    expect(w["pat=that"]!).toBeGreaterThan(0);
    expect(w["pat=object"]!).toBeLessThan(0);
    expect(pickThreshold(EXAMPLES, w, 0.95)).toBeLessThan(0.95);
  });
});

describe("tokenF1", () => {
  it.each([
    ["the border would reopen", "the border would reopen", 1],
    ["the border", "the border would reopen", 2 / 3],
    ["nothing alike", "the border", 0],
  ])("scores %j against %j", (a, b, f) => {
    expect(tokenF1(a, b)).toBeCloseTo(f);
  });
});

describe("reported-model", () => {
  it("rejects a weights file of another feature version, naming it", () => {
    expect(() => parseReportedModel({ featuresVersion: 999, threshold: 0.5, weights: {} })).toThrow(/v999/);
    expect(() => parseReportedModel({ weights: 3 })).toThrow(/expected/);
  });

  it("scores by summed weights", () => {
    const model = parseReportedModel({
      featuresVersion: REPORTED_FEATURES_VERSION,
      threshold: 0.5,
      weights: { a: 2, b: -2 },
    });
    expect(scoreReported(model, ["a"])).toBeGreaterThan(0.8);
    expect(scoreReported(model, ["a", "b"])).toBeCloseTo(0.5);
  });

  it("is committed with the feature version the code builds", () => {
    expect(isReportedModel(COMMITTED_MODELS.reported)).toBe(true);
    expect(getStaleModelReason(COMMITTED_MODELS.reported as never)).toBeNull();
  });
});

describe("stale reported-speech weights", () => {
  it("run reported speech on rules only and say so in the warnings", async () => {
    const { createStages, extract } = await import("@/lib/extraction/pipeline.ts");
    const stale = { reported: { ...(COMMITTED_MODELS.reported as object), featuresVersion: 0 } };
    const r = extract(
      { text: "The talks resumed.\n\nJane Doe said that the border would reopen soon." },
      createStages(stale),
    );
    expect(r.article.warnings.some((w) => /features v0/.test(w))).toBe(true);
    expect(r.quotes.filter((q) => q.kind === "INDIRECT").map((q) => q.text)).toEqual(["the border would reopen soon"]);
  });
});
