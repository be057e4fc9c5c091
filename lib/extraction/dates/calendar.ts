/**
 * Calendar words and arithmetic on UTC dates for the date finders: month and
 * weekday names with their abbreviations, partial-date formatting, day shifts.
 * Pure: every date here is built from numbers, never from the clock.
 */
import type { PartialDate } from "@/lib/extraction/types.ts";

/** Month number (1-12) by lower-case name or abbreviation without the period. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
]);

/** Weekday number (0 = Sunday) by lower-case name. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);

/** Regex source matching a month name or abbreviation (with optional period). */
export const MONTH_PATTERN =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

/** Month number of a written month ("Sept.", "November"), or null. */
export function getMonth(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A day-precise partial date of a UTC date. */
export function dayOf(d: Date): PartialDate {
  return { value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, precision: "DAY" };
}

/** A partial date from its parts: as precise as the parts given. */
export function partialDate(year: number, month?: number | null, day?: number | null): PartialDate {
  if (month == null) return { value: String(year), precision: "YEAR" };
  if (day == null) return { value: `${year}-${pad(month)}`, precision: "MONTH" };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "DAY" };
}

/** The UTC date `days` after `d` (negative: before). */
export function addDays(d: Date, days: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days));
}

/** The UTC date of a partial date's first day (a year or month starts on its first day). */
export function toDate(p: PartialDate): Date {
  const [y, m, d] = p.value.split("-").map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** Whether a day exists (no 31 April, 30 February). */
export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
