import { DOUBLE_OPEN, closesDouble, isDoubleMarkCode } from "@/lib/extraction/lexicon/quote-marks.ts";
import type { Span } from "@/lib/extraction/types.ts";
import { findSingleQuoteSpans } from "./find-single-quote-spans.ts";

// Run under tsx (CommonJS output), an imported function is read through a getter at every call; the
// per-character loop below calls it through a module-level alias instead.
const isDoubleMark = isDoubleMarkCode;

/** A quoted stretch: `start`/`end` bound the text between the marks. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. */
  markStart: number;
  /** Offset just after the closing mark (or the paragraph end when none closes it). */
  markEnd: number;
  /** Whether a closing mark was found (false: bounded by its paragraph). */
  isClosed: boolean;
  /** Index of the paragraph holding the opening mark. */
  paragraph: number;
  /** Shared by the pieces of one multi-paragraph quote (the offset of its first mark). */
  chain?: number;
}

const MIN_UNCLOSED_WORDS = 4;

function isOpeningStraight(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : " ";
  const next = text[i + 1] ?? " ";
  return /[\s([{—–\-/:]/.test(prev) && !/\s/.test(next);
}

/**
 * Double-quoted stretches of `body`, paragraph by paragraph. A quote never
 * crosses a paragraph: under the multi-paragraph convention (a paragraph
 * opening with the same kind of mark continues an unclosed quote) each
 * paragraph gives one piece and the pieces share a `chain`; any other unclosed
 * quote ends with its paragraph, so a stray mark never swallows the rest of the
 * article. Single quotes count as quotation marks outside double quotes.
 */
export function findQuoteSpans(body: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let chain: number | undefined;
  paragraphs.forEach((p, pi) => {
    const doubles: QuoteSpan[] = [];
    if (open >= 0) open = p.start; // the continuing paragraph's own opening mark
    for (let i = open >= 0 ? p.start + 1 : p.start; i < p.end; i++) {
      if (!isDoubleMark(body.charCodeAt(i))) continue;
      const ch = body[i]!;
      const isStraight = ch === '"';
      if (open < 0) {
        if (DOUBLE_OPEN.has(ch) || (isStraight && isOpeningStraight(body, i))) open = i;
      } else if (closesDouble(body[open]!, ch)) {
        doubles.push(span(body, open, i, true, pi, chain));
        open = -1;
        chain = undefined;
      } else if (DOUBLE_OPEN.has(ch)) {
        open = i; // an unclosed mark followed by a new opening one: the first was stray
        chain = undefined;
      } else if (isStraight) {
        doubles.push(span(body, open, i, true, pi, chain));
        open = -1;
        chain = undefined;
      }
    }
    if (open >= 0) {
      const next = paragraphs[pi + 1];
      const nextMark = next ? body[next.start]! : "";
      // a continuation opens with the same kind of mark: a stray straight mark does not continue a curly quote
      const continues = next !== undefined && (body[open] === '"' ? nextMark === '"' : DOUBLE_OPEN.has(nextMark));
      const words = countWords(body.slice(open + 1, p.end));
      if (continues || words >= MIN_UNCLOSED_WORDS) {
        chain ??= open;
        doubles.push(span(body, open, p.end, false, pi, continues ? chain : chain === open ? undefined : chain));
      }
      if (!continues) {
        open = -1;
        chain = undefined;
      }
    }
    out.push(...doubles, ...findSingleQuoteSpans(body, p, pi, doubles));
  });
  return out.sort((a, b) => a.start - b.start);
}

function span(
  body: string,
  open: number,
  close: number,
  isClosed: boolean,
  paragraph: number,
  chain: number | undefined,
): QuoteSpan {
  // « Nous partons » (French spacing): the quote is the words, not the spaces inside the marks
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  const q: QuoteSpan = {
    start,
    end,
    text: body.slice(start, end),
    markStart: open,
    markEnd: isClosed ? close + 1 : close,
    isClosed,
    paragraph,
  };
  if (chain !== undefined) q.chain = chain;
  return q;
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
