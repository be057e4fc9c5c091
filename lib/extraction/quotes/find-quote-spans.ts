import type { Span } from "../types.ts";
import { DOUBLE_CLOSE, DOUBLE_OPEN } from "../lexicon/quote-marks.ts";
import { findSingleQuoteSpans } from "./find-single-quote-spans.ts";

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
}

const MIN_UNCLOSED_WORDS = 4;

function isOpeningStraight(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : " ";
  const next = text[i + 1] ?? " ";
  return /[\s(\[{—–\-/:]/.test(prev) && !/\s/.test(next);
}

/**
 * Double-quoted stretches of `body`, paragraph by paragraph. Follows the
 * multi-paragraph convention (a paragraph opening with a mark continues an
 * unclosed quote); an unclosed quote otherwise ends with its paragraph, so a
 * stray mark never swallows the rest of the article. Single quotes count as
 * quotation marks outside double quotes.
 */
export function findQuoteSpans(body: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let openParagraph = -1;
  paragraphs.forEach((p, pi) => {
    const doubles: QuoteSpan[] = [];
    for (let i = p.start; i < p.end; i++) {
      const ch = body[i]!;
      const isStraight = ch === '"';
      if (open < 0) {
        if (DOUBLE_OPEN.has(ch) || (isStraight && isOpeningStraight(body, i))) {
          open = i;
          openParagraph = pi;
        }
      } else if (open >= p.start && DOUBLE_OPEN.has(ch)) {
        open = i; // an unclosed mark followed by a new opening one: the first was stray
        openParagraph = pi;
      } else if (open < p.start && i === p.start && (DOUBLE_OPEN.has(ch) || isStraight)) {
        continue; // the opening mark of a continued multi-paragraph quote
      } else if (DOUBLE_CLOSE.has(ch) || isStraight) {
        doubles.push(span(body, open, i, true, openParagraph));
        open = -1;
      }
    }
    if (open >= 0) {
      const next = paragraphs[pi + 1];
      const continues = next !== undefined && (DOUBLE_OPEN.has(body[next.start]!) || body[next.start] === '"');
      if (!continues) {
        if (countWords(body.slice(open + 1, p.end)) >= MIN_UNCLOSED_WORDS) doubles.push(span(body, open, p.end, false, openParagraph));
        open = -1;
      }
    }
    out.push(...doubles, ...findSingleQuoteSpans(body, p, pi, doubles));
  });
  return out.sort((a, b) => a.start - b.start);
}

function span(body: string, open: number, close: number, isClosed: boolean, paragraph: number): QuoteSpan {
  const start = open + 1;
  return { start, end: close, text: body.slice(start, close), markStart: open, markEnd: isClosed ? close + 1 : close, isClosed, paragraph };
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
