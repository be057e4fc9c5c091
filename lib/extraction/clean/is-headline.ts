import { isQuoteMarkText } from "@/lib/extraction/lexicon/quote-marks.ts";

/**
 * Whether an article's first line is its headline rather than its first
 * paragraph: headlines are short, often unpunctuated or in Title Case, and never
 * open with a quotation.
 */

const SMALL_WORDS = new Set("a an and as at but by for from in into of on or over the to up via vs with".split(" "));

const LEDE_MARKS = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|said|told)\b/;

function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));
}

/** Share of the line's non-small words that start with a capital letter or digit. */
function titleCaseRatio(ws: string[]): number {
  const content = ws.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (!content.length) return 0;
  return content.filter((w) => /^[^\p{L}\d]*[\p{Lu}\d]/u.test(w)).length / content.length;
}

/**
 * Whether `line`, the first line of an article with more text after it, looks like a
 * headline; `title` (a known headline from the input) settles it when it matches.
 */
export function isHeadline(line: string, title?: string | null): boolean {
  const text = line.trim();
  if (title && squash(title) === squash(text)) return true;
  const ws = words(text);
  // "'We will rebuild,' mayor vows": single quote marks opening a short unpunctuated line are headline style
  if (/^[‘']/.test(text) && ws.length <= 16 && !/[.!?]["”’']?$/.test(text) && /^[‘'][^‘’']+[’'],?\s+\S/.test(text))
    return true;
  if (isQuoteMarkText(text.charAt(0))) return false;
  if (ws.length === 0 || ws.length > 24) return false;
  if (!/[.!?]["”’']?$/.test(text)) return true;
  // a closing period marks a sentence, unless the line is in Title Case (feeds that add
  // one to headlines) and carries nothing ledes carry and headlines drop: a day, a "said"
  return ws.length >= 4 && titleCaseRatio(ws) >= 0.75 && !LEDE_MARKS.test(text);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
