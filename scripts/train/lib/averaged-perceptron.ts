/**
 * Training side of the tagger (`fit`): a multi-class averaged perceptron over
 * hashed feature ids (Collins 2002, as in Honnibal's tagger), and the
 * quantisation that turns its averaged weights into the integer rows of the
 * committed model. Prediction at run time lives in lib/extraction/tagger.
 */
import type { SparseRows } from "@/lib/extraction/tagger/weight-table.ts";
import { seededRandom } from "@/scripts/lib/seeded-random.ts";

/** An averaged perceptron with `classes` classes. */
export class AveragedPerceptron {
  /** Per feature: [weights…, running totals…, last-update step…]. */
  private readonly rows = new Map<number, Float64Array>();
  private step = 0;
  readonly scores: Float64Array;

  constructor(readonly classes: number) {
    this.scores = new Float64Array(classes);
  }

  /** The best class for `feats[0..count)`, among those `allowed` says yes to (when given). */
  predict(feats: Uint32Array, count: number, allowed?: (c: number) => boolean): number {
    const c = this.classes;
    const s = this.scores.fill(0);
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(feats[f]!);
      if (row) for (let j = 0; j < c; j++) s[j] = s[j]! + row[j]!;
    }
    let top = 0;
    let topScore = -Infinity;
    for (let j = 0; j < c; j++) {
      if (allowed && !allowed(j)) continue;
      if (s[j]! > topScore) {
        topScore = s[j]!;
        top = j;
      }
    }
    return top;
  }

  /** One training step: moves weight from the guessed class to the truth. */
  update(truth: number, guess: number, feats: Uint32Array, count: number): void {
    this.step++;
    if (truth === guess) return;
    const c = this.classes;
    for (let f = 0; f < count; f++) {
      let row = this.rows.get(feats[f]!);
      if (!row) this.rows.set(feats[f]!, (row = new Float64Array(3 * c)));
      this.move(row, truth, 1);
      this.move(row, guess, -1);
    }
  }

  private move(row: Float64Array, cls: number, delta: number): void {
    const c = this.classes;
    row[c + cls] = row[c + cls]! + (this.step - row[2 * c + cls]!) * row[cls]!;
    row[2 * c + cls] = this.step;
    row[cls] = row[cls]! + delta;
  }

  /** Replaces every weight by its average over all steps so far. */
  average(): void {
    const c = this.classes;
    for (const row of this.rows.values()) {
      for (let j = 0; j < c; j++) {
        const total = row[c + j]! + (this.step - row[2 * c + j]!) * row[j]!;
        row[j] = total / this.step;
        row[c + j] = 0;
        row[2 * c + j] = this.step;
      }
    }
  }

  /** Number of features with a row. */
  get size(): number {
    return this.rows.size;
  }

  /**
   * Integer rows for the model file: weights scaled so the largest is `maxInt`,
   * those below `prune` (as a fraction of the largest) dropped.
   */
  quantise(prune: number, maxInt = 32000): { rows: SparseRows; scale: number } {
    const c = this.classes;
    let max = 0;
    for (const row of this.rows.values()) for (let j = 0; j < c; j++) max = Math.max(max, Math.abs(row[j]!));
    const scale = max > 0 ? maxInt / max : 1;
    const out: SparseRows = new Map();
    for (const [id, row] of this.rows) {
      const pairs: [number, number][] = [];
      for (let j = 0; j < c; j++) {
        const w = row[j]!;
        if (Math.abs(w) >= prune * max && Math.round(w * scale) !== 0) pairs.push([j, Math.round(w * scale)]);
      }
      if (pairs.length) out.set(id, pairs);
    }
    return { rows: out, scale };
  }
}

/** Fisher-Yates shuffle of `items` in place with `random`. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export { seededRandom };
