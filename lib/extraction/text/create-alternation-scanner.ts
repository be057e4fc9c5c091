/**
 * A fast equivalent of `text.matchAll(/\b(?:a1|a2|…)\b/g)` for a long list of
 * alternatives that all start with a word character. The plain regex tries every
 * alternative at every word boundary; the scanner visits word starts only and
 * tries, with a sticky regex, only the alternatives whose first characters
 * (read off their sources by `get-regex-prefixes.ts`) fit the text there. The
 * alternatives keep their order, so at each word start the same alternative
 * wins, and the scan resumes after each match as `matchAll` does: the matches
 * are the same. Alternatives that may start elsewhere make it fall back to the
 * plain regex.
 */
import { foldAscii, getRegexPrefixes, type RegexPrefix } from "./get-regex-prefixes.ts";

/** One match: where it is and which alternative matched. */
export interface AlternationMatch {
  index: number;
  text: string;
  /** Index of the matching alternative in the list given. */
  alternative: number;
}

/** Finds the matches of an alternation in texts. */
export type AlternationScanner = (text: string) => AlternationMatch[];

const K = 3;
/** Caches stay bounded whatever the texts: past this size, lookups are computed and not kept. */
const MAX_CACHED = 20_000;
const WORD = /\w/;
const MIN_ALTERNATIVES = 8;
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
// ASCII capitals lowered, as a non-Unicode /i regex folds them (other characters fold onto no ASCII letter)
const foldCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** A regex trying `indices` (of `sources`) in order at one place, each closed by an empty marker group. */
function compileAt(sources: readonly string[], indices: readonly number[], flags: string): RegExp {
  return new RegExp(String.raw`(?:${indices.map((k) => `(?:${sources[k]})()`).join("|")})\b`, `${flags}y`);
}

/** The plain regex: every alternative at every word boundary. */
function plainScanner(sources: readonly string[], flags: string): AlternationScanner {
  const regex = new RegExp(String.raw`\b(?:${sources.map((s) => `(?:${s})()`).join("|")})\b`, `${flags}g`);
  return (text) =>
    [...text.matchAll(regex)].map((m) => ({ index: m.index, text: m[0], alternative: m.indexOf("", 1) - 1 }));
}

/**
 * A scanner for `sources` (regex sources without capturing groups of their own),
 * matched case-insensitively unless `caseSensitive`.
 */
export function createAlternationScanner(sources: readonly string[], caseSensitive = false): AlternationScanner {
  const fold = !caseSensitive;
  const flags = caseSensitive ? "" : "i";
  const prefixes: RegexPrefix[][] = sources.map((s) => getRegexPrefixes(s, K, fold));
  // an alternative that may start with a non-word character, or with anything, needs every boundary
  if (prefixes.some((ps) => ps.some((p) => p.text === "" || !WORD.test(p.text[0]!))))
    return plainScanner(sources, flags);
  // a few alternatives cost less than the scan's own walk over the text
  if (sources.length < MIN_ALTERNATIVES) return plainScanner(sources, flags);
  // buckets: the alternatives (and their sticky regex) that fit the K characters at a word start
  const buckets: { indices: number[]; regex: RegExp | null }[] = [];
  const bucketIds = new Map<string, number>();
  const bucketOf = (key: string): number => {
    const found: number[] = [];
    prefixes.forEach((ps, k) => {
      if (ps.some((p) => key.startsWith(p.text))) found.push(k);
    });
    const id = found.join(",");
    let b = bucketIds.get(id);
    if (b === undefined) {
      b = buckets.length;
      buckets.push({ indices: found, regex: found.length ? compileAt(sources, found, flags) : null });
      bucketIds.set(id, b);
    }
    return b;
  };
  // ASCII keys: a table of bucket ids + 1 per first two characters, filled as met; other keys: a bounded map
  // (the rows in a plain array by f0 * 129 + f1: an index, where a Map would hash a number per word start)
  const ascii: (Uint16Array | undefined)[] = Array.from({ length: 128 * 129 + 129 }, () => undefined);
  const other = new Map<string, number>();
  const lookup = (text: string, i: number): number => {
    const c0 = text.charCodeAt(i),
      c1 = i + 1 < text.length ? text.charCodeAt(i + 1) : 128,
      c2 = i + 2 < text.length ? text.charCodeAt(i + 2) : 128;
    if (c1 > 128 || c2 > 128 || (c1 === 128 && i + 1 < text.length) || (c2 === 128 && i + 2 < text.length)) {
      const key = fold ? foldAscii(text.slice(i, i + K)) : text.slice(i, i + K);
      let b = other.get(key);
      if (b === undefined) {
        b = bucketOf(key);
        if (other.size < MAX_CACHED) other.set(key, b);
      }
      return b;
    }
    const f0 = fold ? foldCode(c0) : c0,
      f1 = fold ? foldCode(c1) : c1,
      f2 = fold ? foldCode(c2) : c2;
    let row = ascii[f0 * 129 + f1];
    if (!row) ascii[f0 * 129 + f1] = row = new Uint16Array(129);
    if (!row[f2]) {
      const key =
        String.fromCharCode(f0) +
        (f1 < 128 ? String.fromCharCode(f1) : "") +
        (f2 < 128 && f1 < 128 ? String.fromCharCode(f2) : "");
      row[f2] = bucketOf(key) + 1;
    }
    return row[f2]! - 1;
  };
  return (text) => {
    const found: AlternationMatch[] = [];
    let previousWord = false;
    for (let i = 0; i < text.length; i++) {
      const word = isWordCode(text.charCodeAt(i));
      const start = word && !previousWord;
      previousWord = word;
      if (!start) continue;
      const { indices, regex } = buckets[lookup(text, i)]!;
      if (!regex) continue;
      regex.lastIndex = i;
      const m = regex.exec(text);
      if (!m) continue;
      found.push({ index: i, text: m[0], alternative: indices[m.indexOf("", 1) - 1]! });
      // resume after the match, as a global scan does (the match ends on a word boundary)
      if (!m[0].length) continue;
      i += m[0].length - 1;
      previousWord = isWordCode(text.charCodeAt(i));
    }
    return found;
  };
}
