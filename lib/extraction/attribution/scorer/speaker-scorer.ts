import { createFeatureWeights, type FeatureWeights } from "@/lib/extraction/learned/get-weight-map.ts";
import { isSpeakerCalibration, type SpeakerCalibration } from "./speaker-confidence.ts";
import { SPEAKER_FEATURE_SET } from "./speaker-features.ts";

/** The committed (or cross-validation) weights of the speaker scorer. */
export interface SpeakerWeights {
  version: 1;
  featureSet: string;
  /** Feature name → weight (features not listed weigh 0). */
  weights: Record<string, number>;
  /** How much better than the rules' choice a candidate must score to replace it. */
  margin: number;
  /** Platt parameters of the per-quote confidence (absent: no confidence is reported). */
  calibration?: SpeakerCalibration;
}

/** Whether a value is speaker weights for the feature set this code computes. */
export function isSpeakerWeights(value: unknown): value is SpeakerWeights {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<SpeakerWeights>;
  if (v.version !== 1 || typeof v.weights !== "object" || v.weights === null || typeof v.margin !== "number")
    return false;
  if (v.featureSet !== SPEAKER_FEATURE_SET)
    throw new Error(
      `speaker weights are for feature set "${String(v.featureSet)}", this code computes "${SPEAKER_FEATURE_SET}": retrain (npm run train:attribution)`,
    );
  return true;
}

/** Weights indexed by name (lookups never reach Object.prototype), with the margin. */
export interface WeightMap {
  weights: FeatureWeights;
  margin: number;
  calibration: SpeakerCalibration | null;
}

/** The weight map of a weights file. */
export function toWeightMap(w: SpeakerWeights): WeightMap {
  const calibration = isSpeakerCalibration(w.calibration) ? w.calibration : null;
  return { weights: createFeatureWeights(w.weights), margin: w.margin, calibration };
}

/** Sum of the weights of `features`. */
export function scoreFeatures(w: WeightMap, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += w.weights.get(f) ?? 0;
  return s;
}

/**
 * Index of the best-scoring candidate, unless it beats the rules' choice
 * (`rule`, or -1) by no more than the margin: then the rules' choice stays.
 */
export function getBestIndex(w: WeightMap, features: readonly (readonly string[])[], rule: number): number {
  return pickBestIndex(
    w,
    features.map((f) => scoreFeatures(w, f)),
    rule,
  );
}

/** `getBestIndex` over scores already computed (one per candidate). */
export function pickBestIndex(w: WeightMap, scores: readonly number[], rule: number): number {
  let best = 0;
  let bestScore = -Infinity;
  scores.forEach((s, i) => {
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return rule >= 0 && bestScore - scores[rule]! <= w.margin ? rule : best;
}

/**
 * How far (in score) "no speaker" must lead the best proposed speaker to stand: picked by five-fold
 * CV on polnear-train (speaker 91.9 at 10, 92.3 at 25, 92.4 with no limit), keeping only the
 * clear cases, such as a transcript's "(APPLAUSE.)", without a speaker.
 */
export const ABSTAIN_MARGIN = 25;

/**
 * The candidate to take when the scorer's choice (`chosen`) is "no speaker" although speakers
 * were proposed (`isSpeaker[k]`): the best-scoring of them, unless "no speaker" leads it by more
 * than ABSTAIN_MARGIN. Annotators give a source to nearly
 * every quoted string, scare quotes and titles included ("the “workplace” issue" is the
 * officials' word), so abstaining loses an attribution far more often than it avoids a wrong one
 * (five-fold CV on polnear-train: speaker 91.2 → 92.3, nominal 74.4 → 76.9). The weaker choice
 * keeps its evidence: its margin over "no speaker" is negative, so its calibrated confidence is low.
 */
export function preferSomeSpeaker(isSpeaker: readonly boolean[], scores: readonly number[], chosen: number): number {
  if (isSpeaker[chosen]) return chosen;
  let best = -1;
  for (let k = 0; k < isSpeaker.length; k++) if (isSpeaker[k] && (best < 0 || scores[k]! > scores[best]!)) best = k;
  return best >= 0 && scores[chosen]! - scores[best]! <= ABSTAIN_MARGIN ? best : chosen;
}

/**
 * The one choice policy, for extraction and for calibration alike: a decisive pattern's choice
 * (`rule`) stands, even "no speaker" (a transcript's "(APPLAUSE.)"); otherwise the best score
 * with the rules' margin, then a speaker over nobody.
 */
export function chooseCandidate(
  w: WeightMap,
  scores: readonly number[],
  rule: number,
  decisive: boolean,
  isSpeaker: readonly boolean[],
): number {
  if (decisive) return Math.max(0, rule);
  return preferSomeSpeaker(isSpeaker, scores, pickBestIndex(w, scores, rule));
}
