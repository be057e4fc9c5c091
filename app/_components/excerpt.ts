/** A piece of an article's body around the first of a query's words, cut into runs to mark. */

/** Characters shown on each side of the first hit. */
const SIDE = 110;

/** One character folded for matching (accents dropped, lower case), always one character long so offsets hold. */
function foldChar(c: string): string {
  return (c
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase() || c)[0]!;
}

/** The query's words, folded, two letters or more, longest first so "talks" is marked before "talk". */
export function queryWords(q: string): string[] {
  const words = q
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => [...w].map(foldChar).join(""))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Runs of `text` that are (hit) or are not one of `words` at a word start, accent- and case-insensitively. */
export function markWords(text: string, words: string[]): { text: string; hit: boolean }[] {
  if (!words.length) return [{ text, hit: false }];
  const folded = [...text].map(foldChar).join("");
  // Array.from keeps astral characters whole; folded and text then share offsets only for BMP text
  if (folded.length !== text.length) return [{ text, hit: false }];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[\\p{L}\\p{N}]*`,
    "gu",
  );
  const runs: { text: string; hit: boolean }[] = [];
  let last = 0;
  for (const m of folded.matchAll(re)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), hit: false });
    runs.push({ text: text.slice(m.index, m.index + m[0].length), hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length || !runs.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}

/** About 2 × SIDE characters of `body` around the first of `words`, cut at spaces, with "…" where cut; null when none occurs. */
export function excerptAround(body: string, words: string[]): string | null {
  const runs = markWords(body, words);
  const firstHit = runs.findIndex((r) => r.hit);
  if (firstHit < 0) return null;
  const at = runs.slice(0, firstHit).reduce((n, r) => n + r.text.length, 0);
  let start = Math.max(0, at - SIDE);
  let end = Math.min(body.length, at + SIDE);
  if (start > 0) start = body.indexOf(" ", start) + 1 || start;
  if (end < body.length) end = body.lastIndexOf(" ", end) > at ? body.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${body.slice(start, end).replace(/\s+/g, " ").trim()}${end < body.length ? "…" : ""}`;
}
