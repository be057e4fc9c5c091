/**
 * Parses a complete written date as metadata states it ("2018-11-12",
 * "October 6th, 2011", "6 October 2011", "10/6/2011"): no anchor needed.
 */
import type { PartialDate } from "@/lib/extraction/types.ts";
import { MONTH_PATTERN, getMonth, isValidDay, partialDate } from "./calendar.ts";

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/;
const US_NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MONTH_FIRST = new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, "i");
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\s+(\\d{4})$`, "i");
const MONTH_YEAR = new RegExp(`^(${MONTH_PATTERN}),?\\s+(\\d{4})$`, "i");

function checked(year: number, month?: number | null, day?: number | null): PartialDate | null {
  if (month != null && (month < 1 || month > 12)) return null;
  if (month != null && day != null && !isValidDay(year, month, day)) return null;
  return partialDate(year, month, day);
}

/** The partial date `text` states, or null when it is not one complete date. */
export function parseWrittenDate(text: string): PartialDate | null {
  const t = text.trim().replace(/\.$/, "");
  let m = ISO.exec(t);
  if (m) return checked(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
  m = US_NUMERIC.exec(t);
  if (m) return checked(Number(m[3]), Number(m[1]), Number(m[2]));
  m = MONTH_FIRST.exec(t);
  if (m) return checked(Number(m[3]), getMonth(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(t);
  if (m) return checked(Number(m[3]), getMonth(m[2]!), Number(m[1]));
  m = MONTH_YEAR.exec(t);
  if (m) return checked(Number(m[2]), getMonth(m[1]!));
  return null;
}
