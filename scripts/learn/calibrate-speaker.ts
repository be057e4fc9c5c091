/**
 * Calibration of the speaker scorer's confidence: for each fold, trains the
 * ranking on the other folds, scores the held-out quotes (margin of the choice
 * over the runner-up, and whether the choice names the gold speaker), then fits
 * Platt's logistic curve to those held-out pairs. Deterministic: no shuffling.
 */
import {
  getChoiceMargin,
  getSpeakerConfidence,
  type SpeakerCalibration,
} from "@/lib/extraction/attribution/scorer/speaker-confidence.ts";
import {
  chooseCandidate,
  scoreFeatures,
  toWeightMap,
  type SpeakerWeights,
} from "@/lib/extraction/attribution/scorer/speaker-scorer.ts";
import { isSameMention, isSameQuote } from "@/scripts/lib/polnear-match.ts";
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";
import { fitPlatt, type MarginOutcome } from "./fit-platt.ts";
import { collectQuotes, MAX_SCARE_WORDS, trainSpeaker, type CollectedQuote } from "./train-speaker.ts";

/** Whether a chosen candidate is right: it names the gold speaker, or is NONE for a short unannotated quote; null = unknown. */
function isRightChoice(doc: PolnearDoc, q: CollectedQuote, chosen: number): boolean | null {
  const gold = (doc.view?.quotes ?? []).find((g) => isSameQuote(q.text, g.text));
  const picked = q.candidates[chosen] ?? null;
  if (gold) return gold.speakerMention ? picked !== null && isSameMention(picked, gold.speakerMention) : null;
  // the same rule as training: only short quoted strings outside every attribution are nobody's words
  return (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_SCARE_WORDS ? picked === null : null;
}

/** The held-out outcomes of `docs` under `weights`: margin, decisiveness and rightness of each choice. */
export function scoreHeldOut(docs: readonly PolnearDoc[], weights: SpeakerWeights): MarginOutcome[] {
  const w = toWeightMap(weights);
  return docs.flatMap((doc) =>
    collectQuotes(doc).flatMap((q) => {
      const scores = q.features.map((f) => scoreFeatures(w, f));
      const speakers = q.candidates.map((c) => c !== null);
      const chosen = chooseCandidate(w, scores, q.rule, q.decisive, speakers);
      const right = isRightChoice(doc, q, chosen);
      if (right === null) return [];
      const margin = getChoiceMargin(scores, chosen);
      return [{ margin, decisive: q.decisive, right }];
    }),
  );
}

/** One bucket of the reliability table: predicted confidence range, how many, mean predicted, actual accuracy. */
export interface ReliabilityRow {
  from: number;
  to: number;
  count: number;
  predicted: number;
  actual: number;
}

/** A fitted calibration and how well it predicts on folds it was not fitted on. */
export interface CalibrationReport {
  calibration: SpeakerCalibration;
  table: ReliabilityRow[];
  /** Expected calibration error of the cross-fitted predictions (count-weighted |predicted − actual|). */
  ece: number;
  brier: number;
  quotes: number;
}

/** Fits the calibration on cross-validated outcomes; the table scores each fold with a curve fitted on the others. */
export function calibrateSpeaker(
  docs: readonly PolnearDoc[],
  folds: readonly string[][],
  seed: number,
): CalibrationReport {
  const outcomes = folds.map((fold) => {
    const held = new Set(fold);
    const weights = trainSpeaker(
      docs.filter((d) => !held.has(d.name)),
      seed,
    );
    return scoreHeldOut(
      docs.filter((d) => held.has(d.name)),
      weights,
    );
  });
  const predicted = outcomes.flatMap((fold, k) => {
    const cal = fitPlatt(outcomes.filter((_, j) => j !== k).flat());
    return fold.map((o) => ({ p: getSpeakerConfidence(cal, o.margin, o.decisive), right: o.right }));
  });
  const table = Array.from({ length: 10 }, (_, b) => {
    const inBucket = predicted.filter((x) => Math.min(9, Math.floor(x.p * 10)) === b);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
    return {
      from: b / 10,
      to: (b + 1) / 10,
      count: inBucket.length,
      predicted: mean(inBucket.map((x) => x.p)),
      actual: mean(inBucket.map((x) => (x.right ? 1 : 0))),
    };
  });
  const n = Math.max(1, predicted.length);
  const ece = table.reduce((s, r) => s + (r.count ? (r.count / n) * Math.abs(r.predicted - r.actual) : 0), 0);
  const brier = predicted.reduce((s, x) => s + (x.p - (x.right ? 1 : 0)) ** 2, 0) / n;
  return { calibration: fitPlatt(outcomes.flat()), table, ece, brier, quotes: predicted.length };
}

/** The reliability table as printed lines. */
export function formatReliability(report: CalibrationReport): string[] {
  const f = (x: number) => (Number.isNaN(x) ? "  -  " : x.toFixed(3));
  return [
    `confidence reliability on held-out folds (${report.quotes} quotes; each fold scored by a curve fitted on the others):`,
    "  predicted    quotes  mean predicted  actual accuracy",
    ...report.table.map(
      (r) =>
        `  ${r.from.toFixed(1)}–${r.to.toFixed(1)}  ${String(r.count).padStart(8)}  ${f(r.predicted).padStart(14)}  ${f(r.actual).padStart(15)}`,
    ),
    `  ECE ${report.ece.toFixed(3)}, Brier ${report.brier.toFixed(3)}; shipped: a ${report.calibration.a}, b ${report.calibration.b}, decisive ${report.calibration.decisive}`,
  ];
}
