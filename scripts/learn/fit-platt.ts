/**
 * Platt scaling: a logistic curve p = σ(a·margin + b) fitted by Newton's method
 * to held-out (margin, right) pairs, with Platt's smoothed targets so a perfect
 * split never sends the slope to infinity. Deterministic (no sampling).
 */
import { sigmoid, type SpeakerCalibration } from "@/lib/extraction/attribution/scorer/speaker-confidence.ts";

/** One held-out choice: its score margin, whether a decisive pattern made it, and whether it was right. */
export interface MarginOutcome {
  margin: number;
  decisive: boolean;
  right: boolean;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Fits [a, b] of σ(a·x + b) to `(x, y)` pairs (Newton–Raphson with a small ridge for stability). */
export function fitLogisticCurve(xs: readonly number[], ys: readonly boolean[]): [number, number] {
  const pos = ys.filter(Boolean).length;
  const neg = ys.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 0;
  let b = Math.log((pos + 1) / (neg + 1));
  for (let iter = 0; iter < 100; iter++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 1e-6, 0, 1e-6];
    xs.forEach((x, i) => {
      const p = sigmoid(a * x + b);
      const d = p - (ys[i] ? hi : lo);
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return [a, b];
}

/** How many pseudo-outcomes at the overall accuracy the decisive rate starts from (PolNeAR has only a handful). */
const DECISIVE_PRIOR = 10;

/** The calibration of held-out outcomes: Platt over the scored choices, a smoothed rate for the decisive ones. */
export function fitPlatt(outcomes: readonly MarginOutcome[]): SpeakerCalibration {
  const scored = outcomes.filter((o) => !o.decisive);
  const [a, b] = fitLogisticCurve(
    scored.map((o) => o.margin),
    scored.map((o) => o.right),
  );
  const decisive = outcomes.filter((o) => o.decisive);
  const overall = (outcomes.filter((o) => o.right).length + 1) / (outcomes.length + 2);
  const rate = (decisive.filter((o) => o.right).length + DECISIVE_PRIOR * overall) / (decisive.length + DECISIVE_PRIOR);
  return { a: round4(a), b: round4(b), decisive: round4(rate) };
}
