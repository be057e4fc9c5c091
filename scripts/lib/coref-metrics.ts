/**
 * Coreference scores over two clusterings of mention ids: MUC (Vilain et al. 1995, links) and B³
 * (Bagga & Baldwin 1998, mentions). A mention absent from one side counts there as a singleton, as
 * the CoNLL-2012 scorer does, so missing and spurious mentions cost both scores.
 */

/** Precision, recall and F1 as fractions in [0, 1]. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Sums of numerators and denominators, so scores can be pooled over articles (micro average). */
export interface PrfCounts {
  pNum: number;
  pDen: number;
  rNum: number;
  rDen: number;
}

/** Zeroed counts to add into. */
export function emptyCounts(): PrfCounts {
  return { pNum: 0, pDen: 0, rNum: 0, rDen: 0 };
}

/** `a` plus `b`, field by field. */
export function addCounts(a: PrfCounts, b: PrfCounts): PrfCounts {
  return { pNum: a.pNum + b.pNum, pDen: a.pDen + b.pDen, rNum: a.rNum + b.rNum, rDen: a.rDen + b.rDen };
}

/** Precision, recall and F1 of pooled counts (an empty side scores 0). */
export function toPrf(c: PrfCounts): Prf {
  const p = c.pDen ? c.pNum / c.pDen : 0;
  const r = c.rDen ? c.rNum / c.rDen : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function clusterOf(clusters: readonly (readonly string[])[]): Map<string, number> {
  const of = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((m) => of.set(m, i)));
  return of;
}

/** MUC's recall half: per key cluster, its size minus the parts the response splits it into (absent = own part). */
function mucHalf(key: readonly (readonly string[])[], response: readonly (readonly string[])[]) {
  const of = clusterOf(response);
  let num = 0;
  let den = 0;
  for (const k of key) {
    if (k.length < 2) continue;
    const parts = new Set(k.map((m) => (of.has(m) ? `c${of.get(m)}` : `m${m}`)));
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return { num, den };
}

/** MUC counts of `response` against `key`. */
export function mucCounts(key: readonly (readonly string[])[], response: readonly (readonly string[])[]): PrfCounts {
  const r = mucHalf(key, response);
  const p = mucHalf(response, key);
  return { pNum: p.num, pDen: p.den, rNum: r.num, rDen: r.den };
}

function bCubedHalf(key: readonly (readonly string[])[], response: readonly (readonly string[])[]) {
  const of = clusterOf(response);
  let num = 0;
  let den = 0;
  for (const k of key) {
    const inK = new Set(k);
    for (const m of k) {
      const c = of.get(m);
      const shared = c === undefined ? 1 : response[c]!.filter((x) => inK.has(x)).length;
      num += shared / k.length;
      den += 1;
    }
  }
  return { num, den };
}

/** B³ counts of `response` against `key` (one unit per mention). */
export function bCubedCounts(key: readonly (readonly string[])[], response: readonly (readonly string[])[]): PrfCounts {
  const r = bCubedHalf(key, response);
  const p = bCubedHalf(response, key);
  return { pNum: p.num, pDen: p.den, rNum: r.num, rDen: r.den };
}
