/**
 * The clause of a trigger within its sentence: bounded by semicolons, dashes,
 * commas and the conjunctions and complementisers that open another clause, so
 * participants come from the trigger's own clause, not the whole sentence.
 */
import type { Span } from "@/lib/extraction/types.ts";

const OPENERS =
  "that|which|who|whom|whose|where|while|but|although|though|because|as|after|before|ahead of|prior to|when|since|until|despite|citing|saying|adding|noting";
// a comma before an opener gives way to it, so the clause starts after the opener
const BREAK = new RegExp(`;|\\s[—–-]{1,2}\\s|[—–]|,\\s(?!(?:${OPENERS})\\s)|\\s(?:${OPENERS})\\s`, "g");

/** Offsets [start, end) of the clause of `sentence` holding [from, to). */
export function getTriggerClause(sentence: Span, from: number, to: number): [number, number] {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of sentence.text.matchAll(BREAK)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return [start, end];
}
