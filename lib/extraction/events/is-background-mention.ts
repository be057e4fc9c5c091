/**
 * Whether a noun trigger names a past or coming happening only as a reference
 * point, not as news: "since the 9/11 attacks", "the 2008 Mumbai attacks",
 * "ahead of the presidential election in September", "the upcoming vote".
 * Such mentions anchor time; the article does not report them happening.
 */

// "since the", "ahead of the", "in the run-up to the", "anniversary of the" (+ up to two modifiers)
const REFERENCE_POINT =
  /\b(?:since|ahead of|until|till|in the run-up to|run-up to|anniversary of|in the wake of|in the years after|in the aftermath of|before)\s+(?:the\s+|last\s+|next\s+|this\s+)?(?:[\w/'’-]+\s+){0,2}$/i;
// "the 2001 attacks", "the 9/11 attacks", "November's election", "the upcoming election"
const DATED_OR_COMING =
  /\b(?:(?:19|20)\d{2}|\d{1,2}\/\d{1,2}|upcoming|coming|forthcoming|next|scheduled|future|\p{Lu}\p{Ll}+['’]s)\s+(?:[\w-]+\s+){0,2}$/u;

/** Whether the noun trigger at `start` of `body` (its sentence starting at `sentenceStart`) is a reference point. */
export function isBackgroundMention(body: string, sentenceStart: number, start: number): boolean {
  const before = body.slice(Math.max(sentenceStart, start - 50), start);
  return REFERENCE_POINT.test(before) || DATED_OR_COMING.test(before);
}
