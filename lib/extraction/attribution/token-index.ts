import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { isHonorific } from "@/lib/extraction/lexicon/honorifics.ts";
import { isQuoteMarkText } from "@/lib/extraction/lexicon/quote-marks.ts";

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
export function findTokenIndex(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the token is a quote mark of any kind. */
export function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && isQuoteMarkText(t.text);
}

/** Whether the token ends a sentence (an abbreviation's period, "Mr." or "J.", does not). */
export function isTerminal(t: Token | undefined, prev?: Token, next?: Token): boolean {
  if (t === undefined || !/^[.!?;…]$/.test(t.text)) return false;
  // "(D-Wis.) said", "Mr. Smith", "J. Doe": periods of abbreviations
  if (t.text === "." && next !== undefined && (/^[),]$/.test(next.text) || /^\p{Ll}/u.test(next.text))) return false;
  return !(
    t.text === "." &&
    prev !== undefined &&
    prev.end === t.start &&
    (isHonorific(prev.text) || /^\p{Lu}$/u.test(prev.text))
  );
}
