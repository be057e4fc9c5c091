/**
 * Logistic regression over named binary features, trained by SGD in a seeded
 * shuffle order, so two trainings on the same examples give the same weights.
 */
import { seededRandom as random } from "@/scripts/lib/seeded-random.ts";

/** One training example: the names of its active features and its 0/1 label. */
export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

/** Training settings: passes, learning rate, L2 penalty and the shuffle seed. */
export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Weights (rounded to 4 decimals, zeros dropped, keys sorted) fitted to `examples`. */
export function fitLogistic(examples: readonly Example[], opt: FitOptions): Record<string, number> {
  const w = new Map<string, number>();
  const order = examples.map((_, i) => i);
  const rnd = random(opt.seed);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = opt.rate / (1 + epoch);
    for (const i of order) {
      const ex = examples[i]!;
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const g = ex.label - sigmoid(z);
      for (const f of ex.features) {
        const old = w.get(f) ?? 0;
        w.set(f, old + rate * (g - opt.l2 * old));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const k of [...w.keys()].sort()) {
    const v = Math.round(w.get(k)! * 1e4) / 1e4;
    if (v !== 0) out[k] = v;
  }
  return out;
}

/** The lowest threshold (in steps of 0.01) whose precision on `examples` reaches `target`, else 0.5. */
export function pickThreshold(
  examples: readonly Example[],
  weights: Readonly<Record<string, number>>,
  target: number,
): number {
  const scored = examples.map((e) => ({
    p: sigmoid(e.features.reduce((z, f) => z + (weights[f] ?? 0), 0)),
    y: e.label,
  }));
  for (let t = 0.2; t < 0.95; t += 0.01) {
    const kept = scored.filter((s) => s.p >= t);
    const tp = kept.filter((s) => s.y === 1).length;
    if (kept.length && tp / kept.length >= target) return Math.round(t * 100) / 100;
  }
  return 0.5;
}

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Token F1 of two texts, as score-polnear.mjs computes it (the label of a candidate). */
export function tokenF1(a: string, b: string): number {
  const A = norm(a).split(" ").filter(Boolean);
  const B = norm(b).split(" ").filter(Boolean);
  if (!A.length || !B.length) return 0;
  const m = new Map<string, number>();
  for (const w of B) m.set(w, (m.get(w) ?? 0) + 1);
  let c = 0;
  for (const w of A) {
    const k = m.get(w) ?? 0;
    if (k) {
      c++;
      m.set(w, k - 1);
    }
  }
  if (!c) return 0;
  const p = c / A.length;
  const r = c / B.length;
  return (2 * p * r) / (p + r);
}
