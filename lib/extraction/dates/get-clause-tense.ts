/**
 * The tense of the clause around a span: the words of its tense clause
 * (`../text/get-clause-bounds.ts`: ";", dashes, "but", sentence ends bound it). Future wins over
 * past because "will meet … after talks ended" is about the meeting.
 */

import { getClauseBounds } from "@/lib/extraction/text/get-clause-bounds.ts";

/** A clause's tense: PAST, FUTURE or null when it shows neither. */
export type Tense = "PAST" | "FUTURE" | null;

const FUTURE =
  /\b(?:will|won['’]t|shall|is (?:set|expected|scheduled|due|slated|going) to|are (?:set|expected|scheduled|due|slated|going) to|plans? to|planned for|to be held|upcoming|next)\b/i;
const IRREGULAR_PAST =
  "was were had did said told met began took went came made held gave left saw sent spoke wrote won lost fought led struck fell rose flew brought bought thought found kept knew ran became broke chose drove got paid sought taught caught laid meant felt dealt built spent withdrew drew grew threw sold stood sat shot hit ago";
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST.split(" ").join("|")}|[a-z]{3,}(?:ed|ied))\\b`);
// words ending in -ed that are not past verbs
const NOT_PAST = /\b(?:need|needed|indeed|speed|seed|feed|embed|hundred|bed|red|shed|breed|proceed|exceed|succeed)\b/g;
/** The tense of the clause around [start, end) in `text`. */
export function getClauseTense(text: string, start: number, end: number): Tense {
  const [from, to] = getClauseBounds(text, start, end, "tense");
  const clause = (text.slice(from, start) + " " + text.slice(end, to)).replace(NOT_PAST, "");
  if (FUTURE.test(clause)) return "FUTURE";
  if (PAST.test(clause)) return "PAST";
  return null;
}
