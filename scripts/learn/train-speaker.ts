/**
 * Training of the speaker scorer: runs the rules over annotated articles, collects
 * every quote's candidates with their features, labels them with the gold source
 * mentions (the scorer's own matching), and fits an averaged perceptron ranking
 * the candidates of each quote (fixed seed and shuffle: same data → same weights).
 */
import { SPEAKER_FEATURE_SET } from "@/lib/extraction/attribution/scorer/speaker-features.ts";
import type { SpeakerWeights } from "@/lib/extraction/attribution/scorer/speaker-scorer.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, extract } from "@/lib/extraction/pipeline.ts";
import { isSameMention, isSameQuote } from "@/scripts/lib/polnear-match.ts";
import type { PolnearDoc } from "@/scripts/lib/polnear.ts";
import { seededRandom as random } from "@/scripts/lib/seeded-random.ts";

/** One quote to learn from: its candidates' features and which candidates are right (the preferred one first). */
export interface RankingExample {
  features: string[][];
  positives: number[];
}

/** One quote the rules find, with its candidates before any weights choose. */
export interface CollectedQuote {
  text: string;
  candidates: (string | null)[];
  features: string[][];
  /** Index of the rules' own candidate, or -1. */
  rule: number;
  /** Whether a decisive pattern made the choice, so no weights are consulted. */
  decisive: boolean;
}

/** Quoted strings of at most this many words, outside every attribution, are nobody's words (scare quotes, titles). */
export const MAX_SCARE_WORDS = 4;

const collected = new WeakMap<PolnearDoc, CollectedQuote[]>();

/** Every direct/partial quote the rules find in `doc`, with its candidates (memoised per article object). */
export function collectQuotes(doc: PolnearDoc): CollectedQuote[] {
  const cached = collected.get(doc);
  if (cached) return cached;
  const out: CollectedQuote[] = [];
  const stages = createStages(NO_MODELS, {
    onSpeakerCandidates: (e) =>
      out.push({
        text: e.quote.text,
        candidates: e.candidates.map((c) => c.span?.text ?? null),
        features: e.features.map((f) => [...f]),
        rule: e.candidates.findIndex((c) => c.isRule),
        decisive: e.decisive,
      }),
  });
  extract({ text: doc.text }, stages);
  collected.set(doc, out);
  return out;
}

/** Labels one article's quotes: the candidates naming the gold source, or NONE for quotes in no attribution. */
export function labelExamples(doc: PolnearDoc): RankingExample[] {
  const quotes = collectQuotes(doc);
  const gold = doc.view?.quotes ?? [];
  const used = new Set<number>();
  const out: RankingExample[] = [];
  for (const g of gold) {
    const i = quotes.findIndex((q, k) => !used.has(k) && isSameQuote(q.text, g.text));
    if (i < 0) continue;
    used.add(i);
    if (!g.speakerMention) continue;
    const q = quotes[i]!;
    const positives = q.candidates.flatMap((t, k) => (t !== null && isSameMention(t, g.speakerMention!) ? [k] : []));
    // when the rules' phrase is right it is the one to learn ("Jane Doe, a spokeswoman for …" over "Jane Doe")
    const rule = positives.find((k) => q.features[k]!.includes("rule"));
    if (rule !== undefined) positives.splice(0, positives.length, rule);
    if (positives.length) out.push({ features: q.features, positives });
  }
  // only short quoted strings outside every attribution teach "no speaker" (scare quotes, titles): a longer
  // unannotated quote is more often an annotator's omission than nobody's words
  quotes.forEach((q, k) => {
    if (
      used.has(k) ||
      gold.some((g) => isSameQuote(q.text, g.text)) ||
      (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_SCARE_WORDS
    )
      return;
    out.push({ features: q.features, positives: [q.candidates.length - 1] }); // NONE is listed last
  });
  return out;
}

const score = (w: Map<string, number>, f: readonly string[]) => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);
const argmax = (w: Map<string, number>, fs: readonly string[][], among: readonly number[]) => {
  let best = among[0]!;
  let bestScore = -Infinity;
  for (const i of among) {
    const s = score(w, fs[i]!);
    if (s > bestScore) [best, bestScore] = [i, s];
  }
  return best;
};

/** Averaged perceptron over ranking examples: weights averaged over every step, rounded, tiny ones pruned. */
export function trainRanking(examples: readonly RankingExample[], seed: number, epochs = 10): Record<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const bump = (f: string, d: number) => {
    const last = stamp.get(f) ?? 0;
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (step - last));
    stamp.set(f, step);
    w.set(f, cur + d);
  };
  const rand = random(seed);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ex = examples[k]!;
      step++;
      const all = ex.features.map((_, i) => i);
      const guess = argmax(w, ex.features, all);
      if (ex.positives.includes(guess)) continue;
      const truth = argmax(w, ex.features, ex.positives);
      for (const f of ex.features[truth]!) bump(f, 1);
      for (const f of ex.features[guess]!) bump(f, -1);
    }
  }
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const avg = ((total.get(f) ?? 0) + (w.get(f) ?? 0) * (step - (stamp.get(f) ?? 0))) / Math.max(1, step);
    const rounded = Math.round(avg * 1e4) / 1e4;
    if (rounded !== 0) out[f] = rounded;
  }
  return out;
}

/** How much better than the rules' choice a candidate must score to replace it: near-ties keep the rules (five-fold CV: 1 costs < 0.1 point against 0; SPEAKER_MARGIN overrides). */
export const DEFAULT_MARGIN = Number(process.env.SPEAKER_MARGIN ?? 1);

/** Trains the speaker scorer on `docs`. */
export function trainSpeaker(docs: readonly PolnearDoc[], seed: number): SpeakerWeights {
  const examples = docs.flatMap(labelExamples);
  return { version: 1, featureSet: SPEAKER_FEATURE_SET, weights: trainRanking(examples, seed), margin: DEFAULT_MARGIN };
}
