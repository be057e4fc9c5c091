/**
 * The tense of the clause around a span: the words between the nearest clause
 * breaks (";", dashes, "but", sentence ends) on either side. Future wins over
 * past because "will meet … after talks ended" is about the meeting.
 */

/** A clause's tense: PAST, FUTURE or null when it shows neither. */
export type Tense = "PAST" | "FUTURE" | null;

const FUTURE =
  /\b(?:will|won['’]t|shall|is (?:set|expected|scheduled|due|slated|going) to|are (?:set|expected|scheduled|due|slated|going) to|plans? to|planned for|to be held|upcoming|next)\b/i;
const IRREGULAR_PAST =
  "was were had did said told met began took went came made held gave left saw sent spoke wrote won lost fought led struck fell rose flew brought bought thought found kept knew ran became broke chose drove got paid sought taught caught laid meant felt dealt built spent withdrew drew grew threw sold stood sat shot hit ago";
const PAST = new RegExp(`\\b(?:${IRREGULAR_PAST.split(" ").join("|")}|[a-z]{3,}(?:ed|ied))\\b`);
// words ending in -ed that are not past verbs
const NOT_PAST = /\b(?:need|needed|indeed|speed|seed|feed|embed|hundred|bed|red|shed|breed|proceed|exceed|succeed)\b/g;
const BREAK = /[;:—–"“”]|\bbut\b|[.!?](?=\s)/g;

/** Bounds of the clause holding [start, end) within `text`. */
export function getClauseBounds(text: string, start: number, end: number): [number, number] {
  const windowStart = Math.max(0, start - 200);
  let from = windowStart;
  for (const m of text.slice(windowStart, start).matchAll(BREAK)) from = windowStart + m.index + m[0].length;
  const next = text.slice(end, Math.min(text.length, end + 200)).search(BREAK);
  return [from, next >= 0 ? end + next : Math.min(text.length, end + 200)];
}

/** The tense of the clause around [start, end) in `text`. */
export function getClauseTense(text: string, start: number, end: number): Tense {
  const [from, to] = getClauseBounds(text, start, end);
  const clause = (text.slice(from, start) + " " + text.slice(end, to)).replace(NOT_PAST, "");
  if (FUTURE.test(clause)) return "FUTURE";
  if (PAST.test(clause)) return "PAST";
  return null;
}
