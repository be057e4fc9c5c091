import { isNearMisspelling } from "./edit-distance.ts";

/** Name words of a person's name without periods ("H.R. McMaster" → ["HR", "McMaster"]). */
export function getNameWords(name: string): readonly string[] {
  let words = nameWords.get(name);
  if (words) return words;
  words = Object.freeze(
    name
      .split(/\s+/)
      .map((w) => w.replace(/\./g, ""))
      .filter(Boolean),
  );
  // alias merging fits every mention against every person of the article: the same few names, split once
  if (nameWords.size >= MAX_CACHED_NAMES) nameWords.clear();
  nameWords.set(name, words);
  return words;
}

const nameWords = new Map<string, readonly string[]>();
const MAX_CACHED_NAMES = 10_000;

function isSameGiven(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  // an initial matches the name it abbreviates ("J" ~ "John", "HR" ~ "Herbert")
  return (a.length <= 2 || b.length <= 2) && a[0]?.toLowerCase() === b[0]?.toLowerCase();
}

/**
 * How well the person name `short` fits the fuller `full` of the same article:
 * 3 exact or sub-name, 2 surname only, 1 misspelt surname, 0 not the same person.
 * Two names with different given names never fit ("Bill Clinton" vs "Hillary Clinton").
 */
export function getNameFit(short: string, full: string): number {
  const s = getNameWords(short);
  const f = getNameWords(full);
  const sLast = s[s.length - 1];
  const fLast = f[f.length - 1];
  if (!sLast || !fLast) return 0;
  if (s.length === 1) {
    if (sLast.toLowerCase() === fLast.toLowerCase()) return 2;
    // a given name alone ("Sirajuddin") or an East Asian family name first ("Kim" of "Kim Jong Un")
    if (f.length > 1 && sLast.toLowerCase() === f[0]!.toLowerCase() && sLast.length >= 3) return 1;
    return isNearMisspelling(sLast, fLast) ? 1 : 0;
  }
  if (s.length > f.length) return 0;
  const sameLast = sLast.toLowerCase() === fLast.toLowerCase() || isNearMisspelling(sLast, fLast);
  if (!sameLast) return 0;
  // every given name of the shorter form must appear, in order, in the fuller one
  let k = 0;
  for (const w of s.slice(0, -1)) {
    while (k < f.length - 1 && !isSameGiven(w, f[k]!)) k++;
    if (k >= f.length - 1) return 0;
    k++;
  }
  return 3;
}
