import { describe, expect, it } from "vitest";
import {
  MAX_MARGIN,
  getChoiceMargin,
  getSpeakerConfidence,
  isSpeakerCalibration,
} from "@/lib/extraction/attribution/scorer/speaker-confidence.ts";
import { COMMITTED_MODELS } from "@/lib/extraction/learned/committed-models.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";

const CAL = { a: 0.5, b: 0, decisive: 0.9 };

describe("speaker-confidence", () => {
  it.each([
    [[3, 1, 0], 0, 2],
    [[3, 1, 0], 1, -2],
    [[5], 0, MAX_MARGIN],
    [[100, -100], 0, MAX_MARGIN],
  ])("takes the margin over the runner-up when scores are %j and %i is chosen", (scores, chosen, margin) => {
    expect(getChoiceMargin(scores, chosen)).toBe(margin);
  });

  it("maps a larger margin to a higher confidence in [0, 1] when scored", () => {
    const low = getSpeakerConfidence(CAL, -2, false);
    const high = getSpeakerConfidence(CAL, 4, false);
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThan(low);
    expect(getSpeakerConfidence(CAL, 0, false)).toBe(0.5);
  });

  it("uses the decisive rate when a decisive pattern chose", () => {
    expect(getSpeakerConfidence(CAL, -5, true)).toBe(0.9);
  });

  it("rejects a calibration with a missing or non-finite parameter", () => {
    expect(isSpeakerCalibration(CAL)).toBe(true);
    expect(isSpeakerCalibration({ a: 1, b: Number.NaN, decisive: 1 })).toBe(false);
    expect(isSpeakerCalibration(null)).toBe(false);
  });

  it("gives every direct quote a confidence in [0, 1] with the committed weights, and none with rules only", () => {
    const text = "Port deal\n\nMina Daro met the envoy. “We are ready,” Ruth Calloway said on Monday.";
    const learned = extract({ text }, createStages(COMMITTED_MODELS)).quotes[0]!;
    expect(learned.confidence).toBeGreaterThanOrEqual(0);
    expect(learned.confidence).toBeLessThanOrEqual(1);
    expect(extract({ text }, createStages(NO_MODELS)).quotes[0]!.confidence).toBeUndefined();
  });
});
