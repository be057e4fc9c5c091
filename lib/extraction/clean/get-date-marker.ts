/**
 * Metadata date markers that feeds leave at the top of an article text
 * ("date 2018-11-12", "Published: March 3, 2019"): they are no part of the prose.
 */

/** A date marker at the start of a line: the date as written and the prefix length. */
export interface DateMarker {
  date: string;
  length: number;
}

const MONTH_DATE = String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}`;
const MARKER = new RegExp(
  String.raw`^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated)\s*:?\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{4}|${MONTH_DATE})\b[.,;]?\s*`,
  "i",
);

/** The date marker opening `line`, or null when there is none. */
export function getDateMarker(line: string): DateMarker | null {
  const m = MARKER.exec(line);
  if (!m || m[1] === undefined) return null;
  return { date: m[1], length: m[0].length };
}
