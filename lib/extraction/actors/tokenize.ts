import type { Token } from "@/lib/extraction/types.ts";

export type { Token } from "@/lib/extraction/types.ts";

// initialisms first ("H.R.", "U.S."), then words with inner apostrophes/hyphens, numbers, any other mark
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}-]*(?:['’]\p{L}+)*|\p{N}[\p{N}.,:]*\p{N}|\p{N}|\S/gu;
const POSSESSIVE = /['’]s$/u;

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
    if (POSSESSIVE.test(word) && word.length > 2) {
      push(tokens, word.slice(0, -2), s);
      push(tokens, word.slice(-2), s + word.length - 2);
    } else push(tokens, word, s);
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number): void {
  const first = text[0] ?? "";
  const isWord = /[\p{L}\p{N}]/u.test(first);
  tokens.push({ start, end: start + text.length, text, isWord, isCap: /\p{Lu}/u.test(first) });
}
