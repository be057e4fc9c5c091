import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { isClosingDoubleText, isOpeningDoubleText } from "@/lib/extraction/lexicon/quote-marks.ts";
import type { Span } from "@/lib/extraction/types.ts";
import { findTokenIndex } from "./token-index.ts";
import { getTimeAdverbialLength } from "./word-classes.ts";

// words that may stand between a relative pronoun and its verb ("who also said", "who has long argued")
const BETWEEN =
  /^(?:also|later|then|once|had|has|have|was|is|would|will|previously|recently|repeatedly|often|long|never|first|earlier|again|herself|himself)$/;

/**
 * The relative pronoun heading the cue's clause, when the speaker phrase is its antecedent:
 * in "Jane Doe, who said “…”" or "officials who said the talks failed" the words that say who
 * speaks are "who" (the verb's subject, and what the annotated corpora mark as the mention); the
 * speaker stays the antecedent, which resolution has already chosen. Null when no relative
 * pronoun stands between the phrase and the cue verb.
 */
export function findRelativeSubject(
  body: string,
  tokens: readonly Token[],
  mention: Span,
  cue: string | null,
  quoteStart = -1,
): Span | null {
  const verb = cue?.split(" ")[0] ?? null;
  let i = findTokenIndex(tokens, mention.end);
  // "Jane Doe, who said" and "Jane Doe - who said": a comma or a dash opens a non-restrictive relative
  const comma = tokens[i]?.text === "," || /^[-–—]$/.test(tokens[i]?.text ?? "");
  if (comma) i++;
  const pronoun = tokens[i];
  // "that" only restrictively ("the report that said"): after a comma it opens other clauses
  if (!pronoun || !(/^(?:who|which)$/.test(pronoun.text) || (!comma && pronoun.text === "that"))) return null;
  const relative = { start: pronoun.start, end: pronoun.end, text: body.slice(pronoun.start, pronoun.end) };
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k]!.text;
    if (t === verb) return relative;
    // no cue: "Beck, who has described Trump as “…”": the relative clause's own verb frames the quote
    if (verb === null && quoteStart >= 0 && isFramingVerb(tokens, k, quoteStart)) return relative;
    // "who in the past said", "who at the time said": a short time adverbial
    const time = getTimeAdverbialLength(tokens, k);
    if (time > 0) {
      k += time - 1;
      continue;
    }
    if (!BETWEEN.test(t)) return null;
  }
  return null;
}

// how far after a relative clause's verb its quote may open, in tokens ("who described Trump as “…”")
const MAX_FRAME_TOKENS = 8;

/**
 * Whether token `k` is a finite verb ("described", "calls", "portrayed") whose clause runs on,
 * within a few tokens and no sentence or clause break, to the quote at `quoteStart`. Earlier quotes
 * the same verb frames are stepped over ("described him as “…” and “…”"): their words do not count.
 */
function isFramingVerb(tokens: readonly Token[], k: number, quoteStart: number): boolean {
  if (!/^\p{Ll}+(?:ed|s)$/u.test(tokens[k]!.text)) return false;
  let words = 0;
  let stepped = 0;
  for (let j = k + 1; j < tokens.length && words < MAX_FRAME_TOKENS; j++) {
    const t = tokens[j]!;
    if (t.start >= quoteStart) return true;
    if (isOpeningDoubleText(t.text)) {
      const close = stepped < MAX_STEPPED_QUOTES ? findClosingDouble(tokens, j, quoteStart) : -1;
      if (close < 0) return false;
      j = close;
      stepped++;
      continue;
    }
    if (/^[.;:!?,]$/.test(t.text) || t.text === "who" || t.text === "which") return false;
    words++;
  }
  return false;
}

// how long a quote the framing verb may step over, in tokens, and how many (keeps each look bounded)
const MAX_STEPPED_QUOTE = 40;
const MAX_STEPPED_QUOTES = 4;

/** The closing double mark of the quote opened at `open`, before `limit`, or -1. */
function findClosingDouble(tokens: readonly Token[], open: number, limit: number): number {
  for (let j = open + 1; j < tokens.length && j <= open + MAX_STEPPED_QUOTE; j++) {
    const t = tokens[j]!;
    if (t.start >= limit) return -1;
    if (isClosingDoubleText(t.text)) return j;
  }
  return -1;
}
