import type { Token } from "@/lib/extraction/types.ts";

export type { Token } from "@/lib/extraction/types.ts";

// initialisms first ("H.R.", "U.S."), then words with inner apostrophes/hyphens, numbers, any other mark
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}-]*(?:['’]\p{L}+)*|\p{N}[\p{N}.,:]*\p{N}|\p{N}|\S/gu;

/**
 * Tokens of `body` between `start` and `end`. A possessive "’s" becomes its own
 * token so "Kabul’s" yields the name "Kabul" with exact offsets.
 */
export function tokenize(body: string, start = 0, end = body.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(body)) !== null && m.index < end) {
    const s = m.index;
    // a token running past `end` is cut there, so offsets never leave the range
    const word = s + m[0].length > end ? m[0].slice(0, end - s) : m[0];
    if (word.length > 2 && isPossessive(word)) {
      push(tokens, word.slice(0, -2), s);
      push(tokens, word.slice(-2), s + word.length - 2);
    } else push(tokens, word, s);
  }
  return tokens;
}

/** Whether a word ends in a possessive "’s" or "'s". */
function isPossessive(word: string): boolean {
  const apostrophe = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
}

function push(tokens: Token[], text: string, start: number): void {
  const first = text[0] ?? "";
  const c = first.charCodeAt(0);
  // ASCII first characters (nearly all) are classified by code; others by their Unicode properties
  const isWord =
    c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{N}]/u.test(first);
  const isCap = c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(first);
  tokens.push({ start, end: start + text.length, text, isWord, isCap });
}
