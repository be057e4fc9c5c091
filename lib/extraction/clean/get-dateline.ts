/**
 * Datelines: the place (and wire agency) a news story opens with, either on a
 * line of its own ("WASHINGTON:") or before the first paragraph
 * ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party…").
 */

/** A dateline at the start of a line: the place and how many characters to drop. */
export interface Dateline {
  place: string;
  /** Length of the dateline prefix including the dash/colon and following spaces. */
  length: number;
}

// An upper-case place (words of capitals), optional ", State." parts, an optional
// "Sept. 26" date and an optional "(AP)" agency, closed by a dash or a colon.
const PLACE = String.raw`[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}`;
const REGION = String.raw`(?:,\s*[A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]{1,14})?){0,2}`;
const DATE = String.raw`(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?`;
const AGENCY = String.raw`(?:\s*\([A-Za-z][\w .&-]{0,24}\))?`;
const DATELINE = new RegExp(String.raw`^(${PLACE}${REGION})${DATE}${AGENCY}\s*(?:[:—–―]|--?)\s*`);
const WORDS_NOT_PLACES =
  /^(?:ABSTRACT|FULL TEXT|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ADVERTISEMENT|OPINION|ANALYSIS|EDITORIAL|NOTE|EDITOR'?S NOTE|WATCH|VIDEO|PHOTOS?|Q|A)$/;

/** The dateline opening `line`, or null when the line does not start with one. */
export function getDateline(line: string): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m || m[1] === undefined) return null;
  const place = m[1].replace(/[,.\s]+$/, "");
  const head = place.split(",")[0]!.trim();
  // one capital letter or a label is a transcript speaker or a section, not a place
  if (head.length < 3 || WORDS_NOT_PLACES.test(head)) return null;
  return { place, length: m[0].length };
}
