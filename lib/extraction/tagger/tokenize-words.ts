import { ABBREVIATIONS } from "@/lib/extraction/lexicon/abbreviations.ts";
import type { Span } from "@/lib/extraction/types.ts";

/**
 * Penn-Treebank-style word tokens, the units the tagger was trained on: clitics
 * split off ("do|n’t", "Kabul|’s", "they|’re"), hyphenated words and numbers kept
 * whole, abbreviations keep their period ("Mr.", "U.S.", "Jan."), and URLs, e-mail
 * addresses, handles and ellipses are one token each.
 */

// order matters: longer shapes first so a URL is not cut into words
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]’']`, // URL without its trailing punctuation
    String.raw`www\.[^\s<>"“”]+[^\s<>"“”.,;:!?)\]’']`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
    String.raw`<\/?\p{L}[^<>\n]{0,80}>`, // markup left in the text ("<br/>")
    String.raw`(?:\p{L}\.){2,}(?:-\p{L}+)?`, // "U.S.", "H.R.", "U.S.-led"
    String.raw`[@#][\p{L}\p{N}_]+`, // handles and hashtags
    String.raw`\p{N}+(?:[.,:\/]\p{N}+)*(?:-[\p{L}\p{N}]+)*(?:st|nd|rd|th|s)?`, // "1,000", "3.5", "9/11", "20-year-old", "1990s"
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-_/][\p{L}\p{M}\p{N}]+)*(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*\.?`, // words (period checked below)
    String.raw`\.{2,}|…|-{2,}|_{2,}|''|\x60\x60|[–—]`,
    String.raw`['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)(?![\p{L}])`, // a clitic standing alone ("’s" after a quote)
    String.raw`\S`,
  ].join("|"),
  "gu",
);
// abbreviations of the news register beyond the sentence splitter's list
const MORE_ABBREVIATIONS = new Set(["sens", "reps", "tex", "gens", "govs", "mich", "wash", "mass", "n.h", "mr", "jan"]);
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;

/** Tokens of `body` between `start` and `end`, each a span with exact offsets. */
export function tokenizeWords(body: string, start = 0, end = body.length): Span[] {
  const out: Span[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(body)) !== null && m.index < end) {
    let s = m.index;
    let word = s + m[0].length > end ? m[0].slice(0, end - s) : m[0];
    if (word.length > 1 && word.endsWith(".") && !keepsPeriod(word, body, s + word.length)) {
      word = word.slice(0, -1);
      TOKEN.lastIndex = s + word.length;
    }
    // every clitic has an apostrophe: words without one skip the regular expression
    const c = word.length > 2 && hasApostrophe(word) ? CLITIC.exec(word) : null;
    if (c && c.index > 0) {
      out.push({ start: s, end: s + c.index, text: word.slice(0, c.index) });
      s += c.index;
      word = c[0];
    } else if ((word.length === 6 && /^cannot$/i.test(word)) || (word.length === 5 && /^gonna$/i.test(word))) {
      out.push({ start: s, end: s + 3, text: word.slice(0, 3) });
      s += 3;
      word = word.slice(3);
    }
    out.push({ start: s, end: s + word.length, text: word });
  }
  return out;
}

function hasApostrophe(word: string): boolean {
  return word.includes("'") || word.includes("’");
}

/** Whether the period after a word belongs to it: a known abbreviation or a single initial, not a sentence end. */
function keepsPeriod(word: string, body: string, after: number): boolean {
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare) || bare.includes(".")) return true; // "J. Doe", "N.H."
  if (!ABBREVIATIONS.has(bare.toLowerCase()) && !MORE_ABBREVIATIONS.has(bare.toLowerCase())) return false;
  // "in the U.S." at the end of a text is still an abbreviation; a lone "no." ending a sentence is not
  return bare.toLowerCase() !== "no" || /^\s*\p{N}/u.test(body.slice(after, after + 3));
}
