/**
 * The publication date the text states, as precise as it states it: a date
 * marker ("date 2018-11-12"), a "Published in …, October 6th, 2011" line, a byline,
 * dateline or caption date ("(AP Photo/Jane Roe, Sept. 12, 2019)", "… in Kabul, Sept. 11, 2019.
 * (AP Photo/Jo Lind)", "Photo: … on Sept. 11, 2019."; the day the photo was taken, which dates the
 * weekdays of an article that states no date of its own), else
 * only the year of a copyright line ("Copyright © 2018 …"), the one inference
 * strong enough to make without a stated date.
 */
import { MONTH_PATTERN } from "@/lib/extraction/dates/calendar.ts";
import { parseWrittenDate } from "@/lib/extraction/dates/parse-written-date.ts";
import type { Doc, PartialDate } from "@/lib/extraction/types.ts";

const DATE_MARKER_VALUE =
  /^(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated)\s*:?\s*(.+?)[.,;]?$/i;
const PUBLISHED_IN_DATE = /,\s*(.+?)\.?$/;
const FULL_DATE = new RegExp(String.raw`(?:${MONTH_PATTERN})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}`);
// a caption set above the dateline is cut as standfirst: "(AP Photo/Jo Lind, Feb. 8, 2022)"
const PHOTO_CREDIT_DATE = new RegExp(
  String.raw`\((?:AP|AFP|Reuters|Getty Images|EPA|Photo)\b[^)]*?,\s*((?:${MONTH_PATTERN})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\)\s*$`,
);
// the caption's own words set above the dateline: "… in Kabul, Wednesday, Sept. 11, 2019. (AP Photo/Jo Lind)",
// "Photo: Ann Lee at the airport on Sept. 11, 2019."
const CAPTION_TEXT_DATE = new RegExp(
  String.raw`((?:${MONTH_PATTERN})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?\s*\((?:AP|AFP|Reuters|Getty Images|EPA)\b[^)]*\)\s*$`,
);
const CAPTION_LABEL = /^(?:photo|caption|pictured|above|file photo)\s*:/i;
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/i;

function fromLine(reason: string, text: string): PartialDate | null {
  if (reason === "date-marker") {
    const v = DATE_MARKER_VALUE.exec(text)?.[1];
    return v ? parseWrittenDate(v.replace(/[T ][\d:.]+Z?$/, "")) : null;
  }
  if (reason === "byline" || reason === "caption" || reason === "photo-credit" || reason === "dateline") {
    const v = FULL_DATE.exec(text)?.[0];
    return v ? parseWrittenDate(v) : null;
  }
  if (reason === "standfirst") {
    const v =
      PHOTO_CREDIT_DATE.exec(text)?.[1] ??
      CAPTION_TEXT_DATE.exec(text)?.[1] ??
      (CAPTION_LABEL.test(text) ? FULL_DATE.exec(text)?.[0] : undefined);
    return v ? parseWrittenDate(v) : null;
  }
  if (reason === "published-in") {
    const v = PUBLISHED_IN_DATE.exec(text)?.[1];
    return v ? parseWrittenDate(v) : null;
  }
  return null;
}

/** The publication date stated by the furniture of `doc`, or null. */
export function findPublishedDate(doc: Doc): PartialDate | null {
  // a caption's date is the day the photo was taken: trusted after the article's own lines
  for (const reason of ["date-marker", "published-in", "byline", "dateline", "caption", "photo-credit", "standfirst"]) {
    for (const f of doc.furniture) {
      if (f.reason !== reason) continue;
      const date = fromLine(reason, f.text);
      if (date) return date;
    }
  }
  for (const f of doc.furniture) {
    const year = f.reason === "copyright" ? COPYRIGHT_YEAR.exec(f.text)?.[1] : undefined;
    if (year) return { value: year, precision: "YEAR" };
  }
  return null;
}
