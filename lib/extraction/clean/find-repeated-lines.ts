/**
 * Paragraphs a page repeats (a body pasted twice, a pull quote echoing the
 * text): every later copy of a paragraph already seen, compared without case,
 * spacing or punctuation so near-exact copies count too.
 */

/** Paragraphs shorter than this many words may repeat legitimately ("7 p.m.", "Show humility"). */
const MIN_WORDS = 8;

/** The comparison key of a paragraph: lower-case letters and digits only. */
export function paragraphKey(text: string): string {
  // a plain character class (no Unicode property escapes) keeps this cheap on every line;
  // it drops ASCII and General Punctuation (’ “ ” —) and keeps letters of other scripts
  return text.toLowerCase().replace(/[^a-z0-9\u00C0-\u1FFF\u2070-\uFFFF]+/g, "");
}

/** Whether `text` holds at least `count` spaces (so `text.split(" ")` has more than `count` parts), without splitting it. */
function hasSpaces(text: string, count: number): boolean {
  for (let at = text.indexOf(" "), n = 0; at >= 0; at = text.indexOf(" ", at + 1)) if (++n >= count) return true;
  return count <= 0;
}

/** Indices (into `lines`) of paragraphs that repeat an earlier one of at least eight words. */
export function findRepeatedLines(lines: readonly string[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  lines.forEach((line, i) => {
    if (!hasSpaces(line, MIN_WORDS - 1)) return;
    const key = paragraphKey(line);
    if (seen.has(key)) repeated.add(i);
    else seen.add(key);
  });
  return repeated;
}
