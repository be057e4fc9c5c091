import { bandKeys, exactKey, minhashSignature } from "./minhash.ts";

/**
 * When two quotes of one speaker are one statement. Justified by the invented
 * table in tests/statements/statement-match.test.ts:
 * - under MIN_EXACT_WORDS words ("very productive", a scare quote) a quote never
 *   groups by text alone: two articles may use the same two words about different things;
 * - from MIN_EXACT_WORDS words, the same words after normalisation are the same statement;
 * - from MIN_NEAR_WORDS words on both sides, a near match (a few words changed, added
 *   or dropped) is, when word-level edit similarity reaches MIN_SIMILARITY.
 * Edit similarity (1 − word Levenshtein distance / longer length) is used rather than
 * word-set Jaccard because it sees order and counts one changed word as one edit: in a
 * ten-word sentence one change scores 0.9 and two 0.8, where Jaccard gives 0.82 and 0.67.
 */
export const MATCH_RULES = Object.freeze({ MIN_EXACT_WORDS: 4, MIN_NEAR_WORDS: 6, MIN_SIMILARITY: 0.8 });

/** Most words compared by edit distance; longer quotes compare their first MAX_COMPARE_WORDS words. */
export const MAX_COMPARE_WORDS = 300;

/** The index keys of a quote's tokens: none when too short to group, the exact key, and LSH band keys when long enough to near-match. */
export function statementKeys(tokens: readonly string[]): number[] {
  if (tokens.length < MATCH_RULES.MIN_EXACT_WORDS) return [];
  const exact = exactKey(tokens);
  if (tokens.length < MATCH_RULES.MIN_NEAR_WORDS) return [exact];
  return [exact, ...bandKeys(minhashSignature(tokens))];
}

/** 1 − word-level Levenshtein distance / the longer length: 1 for the same words, 0 for nothing shared. */
export function editSimilarity(a: readonly string[], b: readonly string[]): number {
  const x = a.slice(0, MAX_COMPARE_WORDS);
  const y = b.slice(0, MAX_COMPARE_WORDS);
  const n = Math.max(x.length, y.length);
  if (n === 0) return 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[y.length]! / n;
}

/** Whether two quotes' tokens (of the same speaker) are one statement by MATCH_RULES. */
export function isSameStatement(a: readonly string[], b: readonly string[]): boolean {
  const min = Math.min(a.length, b.length);
  if (min < MATCH_RULES.MIN_EXACT_WORDS) return false;
  if (a.length === b.length && a.every((t, i) => t === b[i])) return true;
  if (min < MATCH_RULES.MIN_NEAR_WORDS) return false;
  // a length gap alone past the threshold rules the pair out before the quadratic table
  if (1 - Math.abs(a.length - b.length) / Math.max(a.length, b.length) < MATCH_RULES.MIN_SIMILARITY) return false;
  return editSimilarity(a, b) >= MATCH_RULES.MIN_SIMILARITY;
}
