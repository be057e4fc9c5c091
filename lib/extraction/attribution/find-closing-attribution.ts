import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { isClosingDoubleText } from "@/lib/extraction/lexicon/quote-marks.ts";
import { INVERTED_SPEECH_VERBS } from "@/lib/extraction/lexicon/speech-verbs.ts";
import type { Cue } from "./cue.ts";
import { findCueAfter } from "./find-cue-after.ts";
import { skipToSubject } from "./find-cue-before.ts";
import { getBackwardPhrase, getLooseForwardPhrase } from "./speaker-phrase.ts";
import { isQuoteMark } from "./token-index.ts";
import { TIME_WORDS, isForwardCue } from "./word-classes.ts";

/**
 * A sentence that ends with its attribution ("…, Schiff said." / "…, said
 * Blair."), for the quote that follows it in the same paragraph.
 */
export function findClosingAttribution(tokens: readonly Token[], floor: number, end: number): Cue | null {
  // a sentence that is itself a quote and its attribution: take the attribution after the last mark
  for (let m = end - 1; m > floor; m--) {
    if (!isQuoteMark(tokens[m]) || !isClosingDoubleText(tokens[m]!.text) || m + 1 >= end) continue;
    const cue = findCueAfter(tokens, m + 1, end, false);
    if (cue) return cue;
    break;
  }
  let e = end;
  while (
    e > floor &&
    (isQuoteMark(tokens[e - 1]) || /^[.!?]$/.test(tokens[e - 1]!.text) || TIME_WORDS.has(tokens[e - 1]!.text))
  )
    e--;
  e = skipTrailingAdjunct(tokens, floor, e);
  const last = tokens[e - 1];
  if (!last) return null;
  if (isForwardCue(last.text)) {
    const phrase = getBackwardPhrase(tokens, skipToSubject(tokens, e - 2, floor), floor);
    return phrase && phrase.kind !== "NOMINAL" ? { phrase, verb: e - 1 } : phrase ? { phrase, verb: e - 1 } : null;
  }
  for (let v = e - 2; v >= floor && e - v <= 30; v--) {
    if (isQuoteMark(tokens[v])) return null;
    // inverted order only right after a comma or the quote: "…, said Blair." (not "Trump declared the talks")
    if (
      INVERTED_SPEECH_VERBS.has(tokens[v]!.text) &&
      (v === floor || tokens[v - 1]!.text === "," || isQuoteMark(tokens[v - 1]))
    ) {
      const phrase = getLooseForwardPhrase(tokens, v + 1, e);
      const rest = phrase ? tokens[phrase.to] : undefined;
      return phrase && (phrase.to >= e - 1 || rest?.text === "," || rest?.text === "(") ? { phrase, verb: v } : null;
    }
  }
  return null;
}

/** End of a clause before a trailing "in a statement", "on Twitter", "to reporters" after its verb. */
function skipTrailingAdjunct(tokens: readonly Token[], floor: number, e: number): number {
  for (let p = e - 1; p > floor && e - p <= 5; p--) {
    const t = tokens[p]!;
    if (!t.isWord) return e;
    if (/^(?:in|on|to|at|during|via|with)$/.test(t.text) && isForwardCue(tokens[p - 1]?.text ?? "")) return p;
  }
  return e;
}
