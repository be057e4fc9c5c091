/**
 * The one clause helper: the bounds of the clause holding a span, at one of two
 * grains. A `participant` clause is narrow (commas and the conjunctions and
 * complementisers that open another clause bound it: who did what comes from the
 * trigger's own clause); a `tense` clause is wide (only semicolons, colons,
 * dashes, quote marks, "but" and sentence ends: "met … on Tuesday, officials
 * said" keeps the past tense of "met" for "Tuesday").
 */

/** The grain of a clause: narrow for participants, wide for tense. */
export type ClauseGrain = "participant" | "tense";

const OPENERS =
  "that|which|who|whom|whose|where|while|but|although|though|because|as|after|before|ahead of|prior to|when|since|until|despite|citing|saying|adding|noting";
// a comma before an opener gives way to it, so the clause starts after the opener
const BREAKS: Readonly<Record<ClauseGrain, RegExp>> = Object.freeze({
  participant: new RegExp(String.raw`;|\s[—–-]{1,2}\s|[—–]|,\s(?!(?:${OPENERS})\s)|\s(?:${OPENERS})\s`, "g"),
  tense: /[;:—–"“”]|\bbut\b|[.!?](?=\s)/g,
});
/** A tense clause is read at most this far on either side of its span. */
const TENSE_REACH = 200;

/**
 * Offsets [start, end) of the clause of `text` holding [from, to), within
 * [lo, hi) (the sentence for participants; by default the text, and for tense
 * at most 200 characters either side). A break that overlaps the span is ignored.
 */
export function getClauseBounds(
  text: string,
  from: number,
  to: number,
  grain: ClauseGrain,
  lo = grain === "tense" ? Math.max(0, from - TENSE_REACH) : 0,
  hi = grain === "tense" ? Math.min(text.length, to + TENSE_REACH) : text.length,
): [number, number] {
  let start = lo;
  let end = hi;
  for (const m of text.slice(lo, hi).matchAll(BREAKS[grain])) {
    const at = lo + m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return [start, end];
}
