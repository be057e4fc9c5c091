/**
 * Which quotes speak about which events of one article: a quote whose sentence(s)
 * or paragraph hold evidence of an event is linked to it ("what was said about
 * the cancellation" is the quotes around the sentences reporting it). Pure span
 * arithmetic over the article body; the API calls it on stored rows.
 */
import type { Span } from "@/lib/extraction/types.ts";

/** A quote as linking needs it: its context span (the sentences holding it). */
export interface LinkableQuote {
  start: number;
  end: number;
  contextStart: number;
  contextEnd: number;
}

/** The paragraph of `body` (lines between newlines) holding offset `at`, as [start, end). */
export function getParagraphAt(body: string, at: number): [number, number] {
  const pos = Math.min(Math.max(0, at), body.length);
  const start = body.lastIndexOf("\n", pos - 1) + 1;
  const next = body.indexOf("\n", pos);
  return [start, next < 0 ? body.length : next];
}

const overlaps = (a: [number, number], s: Pick<Span, "start" | "end">) => s.start < a[1] && a[0] < s.end;

/** Whether `quote` speaks about the event with `evidence`: its context or paragraph holds one of the event's spans. */
export function isQuoteAboutEvent(
  body: string,
  quote: LinkableQuote,
  evidence: readonly Pick<Span, "start" | "end">[],
): boolean {
  const valid = evidence.filter((s) => s.start >= 0 && s.end > s.start);
  if (!valid.length) return false;
  if (valid.some((s) => overlaps([quote.contextStart, quote.contextEnd], s))) return true;
  const [ps, pe] = getParagraphAt(body, quote.start);
  // a paragraph that runs past the quote's own context still belongs to the quote's stretch of text
  return valid.some((s) => overlaps([Math.min(ps, quote.contextStart), Math.max(pe, quote.contextEnd)], s));
}
