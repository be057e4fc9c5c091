import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import type { QuoteSurroundings } from "@/lib/extraction/attribution/attribute-quote.ts";
import type { Cue } from "@/lib/extraction/attribution/cue.ts";
import { findTokenIndex } from "@/lib/extraction/attribution/token-index.ts";
import { getSpanEndingAfter } from "@/lib/extraction/sentences/get-span-at.ts";
import type { Mention, QuoteRecord, Sentence } from "@/lib/extraction/types.ts";

/** Everything a speaker pattern may look at around one quote (token indices into `tokens`). */
export interface QuoteSite {
  body: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quote: QuoteRecord;
  around: QuoteSurroundings;
  /** Token of the opening mark, and the first token after the closing mark. */
  open: number;
  after: number;
  /** The sentence where the quote opens, and the one where it closes. */
  sentence: Sentence | null;
  closing: Sentence | null;
  /** The sentence before the quote's, when it is in the same or the previous paragraph. */
  previous: Sentence | null;
  /** First token a cue before the quote may use (sentence start or previous quote's end). */
  floor: number;
  /** Whether an offset lies inside a quotation. */
  isQuoted: (offset: number) => boolean;
  /** Actor mentions of the article, sorted by start. */
  mentions: readonly Mention[];
  /** Whether a lower-cased word is written lower-case somewhere in the article (an ordinary word). */
  isCommonWord: (word: string) => boolean;
  /** Token range [from, to) a reader scans for the speaker: the previous sentence to the closing one. */
  window: [number, number];
}

/** A hand-written attribution pattern: proposes speaker phrases (with their cue) around a quote. */
export interface SpeakerPattern {
  /** Feature name of the pattern ("cue-after"): a candidate it proposes carries `src:NAME`. */
  name: string;
  /** Whether the rules' choice stands when this pattern proposed it (a structure the news corpus rarely shows). */
  decisive?: boolean;
  find(site: QuoteSite): readonly Cue[];
}

/**
 * Most tokens a reader scans for the speaker on either side of the quote: sentences that never end (a
 * paragraph of quote marks, a list without stops) would otherwise make every quote scan all of it,
 * quadratic in the paragraph. Far above the longest sentences of news prose.
 */
export const MAX_WINDOW_TOKENS = 150;

/** Builds the site of `quote` from the surroundings the attribution stage computes. */
export function createQuoteSite(
  body: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quote: QuoteRecord,
  around: QuoteSurroundings,
  isQuoted: (offset: number) => boolean,
  mentions: readonly Mention[],
  isCommonWord: (word: string) => boolean,
): QuoteSite {
  const markStart = quote.markStart ?? quote.start;
  const markEnd = quote.markEnd ?? quote.end;
  const sentence = getSpanEndingAfter(sentences, markStart) ?? null;
  const closing = getSpanEndingAfter(sentences, Math.max(markStart, markEnd - 1)) ?? sentence;
  const before = sentence ? sentences[sentence.index - 1] : undefined;
  const previous = before && sentence && sentence.paragraph - before.paragraph <= 1 ? before : null;
  const floor = Math.max(sentence ? findTokenIndex(tokens, sentence.start) : 0, around.previousQuoteEnd);
  const open = findTokenIndex(tokens, markStart);
  const after = findTokenIndex(tokens, markEnd);
  const from = Math.max(findTokenIndex(tokens, (previous ?? sentence)?.start ?? markStart), open - MAX_WINDOW_TOKENS);
  const to = Math.min(Math.max(findTokenIndex(tokens, closing?.end ?? markEnd), after), after + MAX_WINDOW_TOKENS);
  return {
    body,
    tokens,
    sentences,
    quote,
    around,
    open,
    after,
    sentence,
    closing,
    previous,
    floor,
    isQuoted,
    mentions,
    isCommonWord,
    window: [from, to],
  };
}

/** Token range [from, to) of a sentence. */
export function getSentenceTokens(site: QuoteSite, s: Sentence): [number, number] {
  return [findTokenIndex(site.tokens, s.start), findTokenIndex(site.tokens, s.end)];
}

/** Token indices of the window outside the quote itself, in order. */
export function getWindowTokens(site: QuoteSite): number[] {
  const out: number[] = [];
  for (let i = site.window[0]; i < site.window[1]; i++) {
    if (i >= site.open && i < site.after) i = site.after;
    if (i < site.window[1]) out.push(i);
  }
  return out;
}
