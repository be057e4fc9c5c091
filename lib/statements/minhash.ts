/**
 * MinHash signatures of word-bigram shingles and their LSH band keys: two texts
 * whose shingle sets have Jaccard similarity J share at least one band key with
 * probability 1 − (1 − J^ROWS)^BANDS (J = 0.5: 0.88, J = 0.6: 0.97, J = 0.2: 0.12,
 * J = 0.1: 0.016). Deterministic: fixed seeds, no randomness at run time.
 */

/** Bands of the LSH index. */
export const BANDS = 16;
/** Signature rows per band. */
export const ROWS = 3;
/** Signature length. */
export const SIGNATURE_LENGTH = BANDS * ROWS;

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit integer. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits of a 32-bit integer. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** One fixed seed per signature row, from a fixed starting value. */
const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** The word bigrams of a token list ("a b c" → "a b", "b c"); a one-word text is its own shingle. */
export function shingles(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [...tokens];
  return tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`);
}

/** The MinHash signature of a token list: per row, the least seeded hash over its shingles. */
export function minhashSignature(tokens: readonly string[]): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const s of new Set(shingles(tokens))) {
    const h = fnv1a(s);
    for (let r = 0; r < SIGNATURE_LENGTH; r++) {
      const v = mix(h ^ SEEDS[r]!);
      if (v < sig[r]!) sig[r] = v;
    }
  }
  return sig;
}

/** A signed 32-bit key (an INTEGER on both databases) of band `band` of a signature. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fnv1a(`b${b}`);
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = mix(h ^ sig[r]!) ^ Math.imul(r + 1, 0x27d4eb2d);
    keys.push(h | 0);
  }
  return keys;
}

/** The key of a whole normalised text, so exact repeats meet in the same index as near ones. */
export function exactKey(tokens: readonly string[]): number {
  return fnv1a(`exact:${tokens.join(" ")}`) | 0;
}
