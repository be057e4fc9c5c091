import { getDateMarker } from "./get-date-marker.ts";
import { getDateline } from "./get-dateline.ts";
import { isHeadline } from "./is-headline.ts";

/**
 * The furniture that opens an article: a date marker, the headline, a standfirst
 * under it, a byline and the dateline. Works on the first few content lines only.
 */

/** What to take off one line: all of it, or a prefix of `cut` characters. */
export interface HeadCut {
  line: number;
  /** Characters removed from the line start; the whole line when equal to its length. */
  cut: number;
  reason: string;
  /** The place, for a dateline. */
  place?: string;
}

// "By Jane Roe", "By Jane Roe and John Doe, Example News", "By Jane Roe - The Daily Example - Monday, July 22, 2019"
const BYLINE =
  /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al|bin))*(?:\s*(?:,|\||—|–|-)\s*.{2,80})?$/u;
const HEAD_LINES = 4;
const LABEL_LINE = /^\p{Lu}[\p{Lu}.'’ -]*:\s/u;

/** Cuts for the opening furniture of `lines` (trimmed content lines, in order). */
export function findHeadFurniture(lines: readonly string[], title?: string | null): HeadCut[] {
  const cuts: HeadCut[] = [];
  let i = 0;
  const marker = lines[0] === undefined ? null : getDateMarker(lines[0]);
  if (marker) {
    cuts.push({ line: 0, cut: marker.length, reason: "date-marker" });
    if (marker.length >= lines[0]!.length) i = 1;
  }
  let headline = -1;
  const first = lines[i];
  if (first !== undefined && lines.length > i + 1 && !cuts.length && !getDateline(first) && isHeadline(first, title)) {
    cuts.push({ line: i, cut: first.length, reason: "headline" });
    headline = i++;
  }
  for (let k = i; k < Math.min(lines.length, i + HEAD_LINES); k++) {
    const line = lines[k]!;
    if (BYLINE.test(line) && line.split(/\s+/).length <= 18) {
      cuts.push({ line: k, cut: line.length, reason: "byline" });
      continue;
    }
    // after a transcript line ("Q: Why now?") a capitalised label is a speaker ("SOUZA: Because …"), not a place
    if (k > i && LABEL_LINE.test(lines[k - 1]!)) break;
    const dateline = getDateline(line);
    if (dateline) {
      // lines between the headline and the dateline are the standfirst
      for (let s = headline + 1; headline >= 0 && s < k; s++) {
        if (!cuts.some((c) => c.line === s)) cuts.push({ line: s, cut: lines[s]!.length, reason: "standfirst" });
      }
      cuts.push({ line: k, cut: dateline.length, reason: "dateline", place: dateline.place });
      break;
    }
    // only a short standfirst under a headline may stand before the dateline
    if (headline < 0 || line.split(/\s+/).length > 40) break;
  }
  return cuts.sort((a, b) => a.line - b.line);
}
