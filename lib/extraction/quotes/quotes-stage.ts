import { DOUBLE_MARK } from "@/lib/extraction/lexicon/quote-marks.ts";
import type { Doc, QuoteKind, QuoteRecord, Sentence, Span, Stage } from "@/lib/extraction/types.ts";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.ts";

/**
 * DIRECT when the quote stands as a statement of its own, PARTIAL when it is a
 * fragment woven into the author's sentence ("called it a “ridiculous approach”").
 */
export function getQuoteKind(body: string, q: QuoteSpan): QuoteKind {
  const first = /[\p{L}\p{N}]/u.exec(q.text)?.[0] ?? "";
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) return "PARTIAL";
  let i = q.markStart - 1;
  while (i >= 0 && (body[i] === " " || body[i] === "\t")) i--;
  const before = i >= 0 ? body[i]! : "\n";
  const endsStatement = /[,.!?…—–-]\s*$/.test(q.text);
  const words = (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (/[\p{L}\p{N}]/u.test(before) && (!endsStatement || words <= 4)) return "PARTIAL";
  return "DIRECT";
}

/** The sentences overlapping `q`, as one span (the quote's context). */
export function getQuoteContext(body: string, sentences: readonly Sentence[], q: Span): Span {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= q.start) lo = mid + 1;
    else hi = mid;
  }
  const first = sentences[lo];
  let last = first;
  for (let k = lo; k < sentences.length && sentences[k]!.start < q.end; k++) last = sentences[k];
  const start = Math.min(first?.start ?? q.start, q.start);
  const end = Math.max(last?.end ?? q.end, q.end);
  return { start, end, text: body.slice(start, end) };
}

/**
 * Whether the quote is a whole paragraph in title case ("“Coal Isn’t the Villain.”"):
 * a section heading quoting the text below it, not a quotation of its own.
 */
function isQuotedHeading(doc: Doc, q: QuoteSpan): boolean {
  const p = doc.paragraphs[q.paragraph];
  if (!p || q.markStart !== p.start || q.markEnd < p.end - 1) return false;
  const words = q.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const small = /^(?:of|the|a|an|and|or|in|on|for|to|with|at|by|is|are)$/;
  return (
    words.length > 1 &&
    words.length <= 8 &&
    words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && small.test(w))) &&
    !/^(?:I|We|You|He|She|They|It)$/.test(words[0]!)
  );
}

/**
 * Whether the quote is a single-quoted teaser in a short opening line
 * ("Sanders: Clinton needs to 'get away from …' with Trump."): headline style
 * quotes a phrase the article quotes again in full.
 */
function isHeadlineTeaser(doc: Doc, q: QuoteSpan): boolean {
  const p = doc.paragraphs[q.paragraph];
  if (q.paragraph !== 0 || !p || !/['‘]/.test(doc.body[q.markStart] ?? "")) return false;
  return (p.text.match(/\S+/g) ?? []).length <= 30 && !DOUBLE_MARK.test(p.text);
}

/**
 * Stage: every quoted stretch of the body as a quote without speaker yet;
 * attribution fills in who said it.
 */
export const quotesStage: Stage = {
  name: "quotes",
  run(doc) {
    const quotes: QuoteRecord[] = findQuoteSpans(doc.body, doc.paragraphs)
      .filter((q) => /[\p{L}\p{N}]/u.test(q.text) && !isQuotedHeading(doc, q) && !isHeadlineTeaser(doc, q))
      .map((q) => {
        const record: QuoteRecord = {
          start: q.start,
          end: q.end,
          text: q.text,
          kind: getQuoteKind(doc.body, q),
          speakerKey: null,
          speakerMention: null,
          cue: null,
          context: getQuoteContext(doc.body, doc.sentences, q),
          markStart: q.markStart,
          markEnd: q.markEnd,
          paragraph: q.paragraph,
        };
        if (q.chain !== undefined) record.chain = q.chain;
        return record;
      });
    return { ...doc, quotes };
  },
};
