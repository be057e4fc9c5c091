import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { DOUBLE_MARK } from "@/lib/extraction/lexicon/quote-marks.ts";
import { getSpanEndingAfter } from "@/lib/extraction/sentences/get-span-at.ts";
import type { QuoteRecord, Sentence } from "@/lib/extraction/types.ts";
import type { Cue } from "./cue.ts";
import { findClauseSubject } from "./find-clause-subject.ts";
import { findClosingAttribution } from "./find-closing-attribution.ts";
import { findCueAfter, findSentenceFinalCue } from "./find-cue-after.ts";
import { findCueBefore } from "./find-cue-before.ts";
import type { SpeakerPhrase } from "./speaker-phrase.ts";
import { findTokenIndex, isQuoteMark } from "./token-index.ts";

/** A speaker label opening a transcript line ("PENCE: ", "MR. SMITH: "). */
export const TRANSCRIPT_LABEL = /^\p{Lu}[\p{Lu}.'’ -]*:\s/u;

/** Where a quote's attribution was found. */
export interface FoundCue extends Cue {
  /** "AFTER" the closing mark, "BEFORE" the opening mark, or in a colon "LEAD_IN" sentence. */
  place: "AFTER" | "BEFORE" | "LEAD_IN" | "SUBJECT";
}

/** Everything needed to look around one quote. */
export interface QuoteSurroundings {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Token index where the quote's paragraph ends. */
  paragraphEnd: number;
  /** Token index of the next quote's opening mark in the paragraph, or paragraphEnd. */
  nextQuote: number;
  /** Token index just after the previous quote's closing mark in the paragraph, or -1. */
  previousQuoteEnd: number;
  /** Token index where the quote's paragraph starts. */
  paragraphStart: number;
}

/**
 * Finds the attribution of one quote in its own sentence: after the closing
 * mark first (the usual news order), then before the opening mark, then in a
 * previous sentence that ends with a colon ("X said:").
 */
export function findQuoteCue(body: string, q: QuoteRecord, around: QuoteSurroundings): FoundCue | null {
  const { tokens, sentences } = around;
  const open = findTokenIndex(tokens, q.markStart ?? q.start);
  const after = findTokenIndex(tokens, q.markEnd ?? q.end);
  // a quoted transcript line ("“PENCE: Well, …") is said by its label
  if (TRANSCRIPT_LABEL.test(q.text)) {
    const label = findTranscriptLabel(tokens, open, Math.min(around.nextQuote, around.paragraphEnd));
    if (label) return { phrase: label, verb: label.to, place: "SUBJECT" };
  }
  const endsStatement = /[.!?…]\s*$/.test(q.text);
  const cueAfter = findCueAfter(tokens, after, Math.min(around.nextQuote, around.paragraphEnd), endsStatement);
  const sentence = getSpanEndingAfter(sentences, q.markStart ?? q.start);
  const floor = Math.max(sentence ? findTokenIndex(tokens, sentence.start) : 0, around.previousQuoteEnd);
  if (cueAfter) {
    // "The agency said the strike was “necessary.” A spokesman, …, said": a fragment that ends its
    // sentence belongs to the cue before it; the next sentence's cue is for what follows
    const woven =
      endsStatement &&
      sentence !== undefined &&
      sentence !== null &&
      /\p{L}/u.test(body.slice(sentence.start, q.markStart ?? q.start));
    // "X scolded him: “…,” she said": the name before the quote over the pronoun after it
    const before =
      (woven && tokens[after]?.isCap) || cueAfter.phrase.kind === "PRONOUN" ? findCueBefore(tokens, floor, open) : null;
    if (before && cueAfter.phrase.kind === "PRONOUN" && !(woven && tokens[after]?.isCap)) {
      return before.phrase.kind === "NAME" ? { ...before, place: "BEFORE" } : { ...cueAfter, place: "AFTER" };
    }
    return before ? { ...before, place: "BEFORE" } : { ...cueAfter, place: "AFTER" };
  }
  const sentenceEnd = sentence ? findTokenIndex(tokens, sentence.end) : around.paragraphEnd;
  const final = findSentenceFinalCue(tokens, after, Math.min(sentenceEnd, around.nextQuote));
  if (final) return { ...final, place: "AFTER" };
  const cueBefore = findCueBefore(tokens, floor, open, sentence ? findTokenIndex(tokens, sentence.start) : floor);
  if (cueBefore) return { ...cueBefore, place: "BEFORE" };
  if (sentence && /^\s*$/.test(body.slice(sentence.start, q.markStart ?? q.start))) {
    const prev = sentences[sentence.index - 1];
    if (prev && /:\s*$/.test(prev.text) && sentence.paragraph - prev.paragraph <= 1) {
      const from = findTokenIndex(tokens, prev.start);
      const to = findTokenIndex(tokens, prev.end);
      const lead = findCueBefore(tokens, from, to);
      if (lead) return { ...lead, place: "LEAD_IN" };
      // any sentence ending in a colon introduces its subject's words ("X put it bluntly:")
      const subject = findClauseSubject(tokens, from, to);
      if (subject) return { phrase: subject, verb: subject.to, place: "LEAD_IN" };
    }
    if (prev && prev.paragraph === sentence.paragraph) {
      const from = findTokenIndex(tokens, prev.start);
      const to = findTokenIndex(tokens, prev.end);
      const closing = findClosingAttribution(tokens, from, to);
      if (closing) return { ...closing, place: "LEAD_IN" };
      // "X called him a master at deals. “He showed again and again …”": the previous sentence's speaker
      const lead = DOUBLE_MARK.test(prev.text) ? null : findCueBefore(tokens, from, to);
      if (lead && lead.phrase.kind !== "NOMINAL") return { ...lead, place: "LEAD_IN" };
    }
    return null;
  }
  const label = findTranscriptLabel(tokens, around.paragraphStart, open);
  if (label) return { phrase: label, verb: label.to, place: "SUBJECT" };
  if (
    /(?:so-called|dubbed|titled|entitled|named|the word|the term|the phrase)\s*$/i.test(
      body.slice(Math.max(0, (q.markStart ?? q.start) - 20), q.markStart ?? q.start),
    )
  )
    return null;
  const subject = findClauseSubject(tokens, floor, open);
  return subject ? { phrase: subject, verb: subject.to, place: "SUBJECT" } : null;
}

/**
 * The speaker label of a transcript paragraph ("WALLACE: …", "“PENCE: …"),
 * who says everything quoted in it, or null.
 */
export function findTranscriptLabel(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  let i = from;
  if (isQuoteMark(tokens[i])) i++;
  const start = i;
  while (i < to && i - start < 4 && tokens[i]!.isWord && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[i]!.text)) i++;
  return i > start && tokens[i]?.text === ":" ? { from: start, to: i, kind: "NAME" } : null;
}

/** Whether a quoted string reads like a title ("American Skin (41 Shots)", "The Apprentice"). */
export function isTitleLike(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  const small = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "with", "at", "by"]);
  return (
    words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && small.has(w))) &&
    !/^(?:I|We|You|He|She|They|It)$/.test(words[0]!)
  );
}
