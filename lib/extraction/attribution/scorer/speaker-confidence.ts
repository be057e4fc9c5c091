/**
 * How sure the speaker scorer is of a quote's speaker: the score margin of the
 * chosen candidate over the runner-up, mapped to a probability by Platt scaling
 * (a logistic curve fitted on held-out folds by `npm run train:attribution`).
 */

/** Platt parameters shipped inside the speaker weights file. */
export interface SpeakerCalibration {
  /** Slope of the logistic curve over the margin. */
  a: number;
  /** Intercept of the logistic curve. */
  b: number;
  /** Held-out accuracy of choices a decisive pattern made (the scorer does not weigh those). */
  decisive: number;
}

/** Margins beyond this are as sure as they get (and keep a lone candidate's margin finite). */
export const MAX_MARGIN = 20;

/** Whether a value is a calibration of the shape above. */
export function isSpeakerCalibration(value: unknown): value is SpeakerCalibration {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<SpeakerCalibration>;
  return [v.a, v.b, v.decisive].every((x) => typeof x === "number" && Number.isFinite(x));
}

/** Score of the chosen candidate minus the best other score, clamped to ±MAX_MARGIN. */
export function getChoiceMargin(scores: readonly number[], chosen: number): number {
  let other = -Infinity;
  scores.forEach((s, i) => {
    if (i !== chosen && s > other) other = s;
  });
  const margin = scores[chosen]! - other;
  return Math.max(-MAX_MARGIN, Math.min(MAX_MARGIN, margin));
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Calibrated probability (3 decimals) that the chosen speaker is right. */
export function getSpeakerConfidence(cal: SpeakerCalibration, margin: number, isDecisive: boolean): number {
  const p = isDecisive ? cal.decisive : sigmoid(cal.a * margin + cal.b);
  return Math.round(p * 1000) / 1000;
}
