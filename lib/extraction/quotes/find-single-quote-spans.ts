import { isSingleMarkCode, SINGLE_CLOSE, SINGLE_OPEN } from "@/lib/extraction/lexicon/quote-marks.ts";
import type { Span } from "@/lib/extraction/types.ts";
import type { QuoteSpan } from "./find-quote-spans.ts";

const MAX_SINGLE_CHARS = 600;

// Run under tsx (CommonJS output), an imported function is read through a getter at every call; the
// per-character loop below calls it through a module-level alias instead.
const isSingleMark = isSingleMarkCode;

/**
 * Single-quoted stretches of one paragraph ("Trump said ‘we have a problem’"),
 * outside its double quotes. An opening mark must start a word and a closing mark
 * end one, so apostrophes ("Kabul’s", "don't", "’90s") are not taken for quotes.
 */
export function findSingleQuoteSpans(
  body: string,
  p: Span,
  paragraph: number,
  doubles: readonly QuoteSpan[],
): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  let d = 0; // doubles are sorted: walk them alongside i to stay linear
  for (let i = p.start; i < p.end; i++) {
    while (d < doubles.length && doubles[d]!.markEnd <= i) d++;
    const inDouble = doubles[d];
    if (inDouble && i >= inDouble.markStart) {
      open = -1;
      i = inDouble.markEnd - 1;
      continue;
    }
    if (!isSingleMark(body.charCodeAt(i))) continue;
    const ch = body[i]!;
    const prev = i > p.start ? body[i - 1]! : " ";
    const next = i + 1 < p.end ? body[i + 1]! : " ";
    if (open < 0) {
      if (
        SINGLE_OPEN.has(ch) &&
        /[\s([—–:]/.test(prev) &&
        /\p{L}|\p{N}/u.test(next) &&
        !/^\d0s/.test(body.slice(i + 1, i + 5))
      )
        open = i;
    } else if (SINGLE_CLOSE.has(ch) && !/\s/.test(prev) && !/\p{L}/u.test(next)) {
      if (!/s$/i.test(body.slice(open + 1, i)) || /[\s,.;:!?)—–]/.test(next)) {
        if (i - open <= MAX_SINGLE_CHARS)
          out.push({
            start: open + 1,
            end: i,
            text: body.slice(open + 1, i),
            markStart: open,
            markEnd: i + 1,
            isClosed: true,
            paragraph,
          });
        open = -1;
      }
    }
  }
  return out;
}
