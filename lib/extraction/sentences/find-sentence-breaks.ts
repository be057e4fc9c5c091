import {
  ABBREVIATIONS,
  SENTENCE_FINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from "@/lib/extraction/lexicon/abbreviations.ts";
import { findProtectedRanges, isInsideRange } from "./find-protected-ranges.ts";

// . ! ? … by code: tested at every character of the text, where a regex test per character is slow
const isTerminal = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026;
const CLOSER = /[\u201D\u2019"')\]]/;
const OPENER = /[\p{Lu}\p{Nd}\u201C\u2018"'([]/u;
// abbreviations that only hold before a number ("No. 3", "p. 12")
const NUMBER_ABBREVIATIONS = new Set(["no", "nos", "p", "pp", "vol", "fig", "figs"]);

/**
 * Offsets (relative to `text`, one paragraph) where a new sentence starts.
 * A break needs terminal punctuation, optional closing marks, whitespace and an
 * opener; abbreviations, initials and quotations closed later in the paragraph veto it.
 */
export function findSentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  const protectedRanges = text.includes('"') || text.includes("\u201C") ? findProtectedRanges(text) : [];
  for (let i = 0; i < text.length; i++) {
    if (!isTerminal(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && (isTerminal(text.charCodeAt(j)) || CLOSER.test(text[j]!))) j++;
    let k = j;
    while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
    if (k === j || k >= text.length || !OPENER.test(text[k]!)) continue;
    if (text[i] === "." && j === i + 1 && isAbbreviationBefore(text, i, k)) continue;
    if (protectedRanges.length > 0 && isInsideRange(protectedRanges, j)) continue;
    breaks.push(k);
    i = j - 1;
  }
  return breaks;
}

function isAbbreviationBefore(text: string, dot: number, next: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.'’]/u.test(text[s - 1]!)) s--;
  const token = text.slice(s, dot).replace(/^[.'’]+/, "");
  if (token === "") return false;
  const lower = token.toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? "";
  const opensSentence = SENTENCE_OPENERS.has(nextWord);
  if (NUMBER_ABBREVIATIONS.has(lower)) return /\d/.test(text[next] ?? "");
  if (ABBREVIATIONS.has(lower)) return !(SENTENCE_FINAL_ABBREVIATIONS.has(lower) && opensSentence);
  // initials and initialisms: "H.R. McMaster", "J. Smith", "N.A.T.O."
  if (/^(\p{L}\.)*\p{Lu}$/u.test(token)) return !(token.length > 1 && opensSentence);
  return false;
}
