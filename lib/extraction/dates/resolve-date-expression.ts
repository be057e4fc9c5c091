/**
 * Resolves a date expression against the article date (the anchor) and the
 * tense of its clause, keeping only the precision the words support. A past
 * clause never resolves a relative day into the future; a stated month and day
 * takes the year that puts it nearest the anchor.
 */
import type { PartialDate } from "@/lib/extraction/types.ts";
import { addDays, dayOf, isValidDay, partialDate, toDate } from "./calendar.ts";
import type { DateExpression } from "./find-date-expressions.ts";
import type { Tense } from "./get-clause-tense.ts";

/** A resolved date; `afterAnchor` flags a past-tense day later than the anchor. */
export interface ResolvedDate {
  date: PartialDate;
  afterAnchor: boolean;
}

const DAY_MS = 86_400_000;
const SEASON_END_MONTH: Record<string, number> = { spring: 5, summer: 8, fall: 11, autumn: 11, winter: 2 };

/** The last day a partial date covers ("2018" → 31 December 2018). */
function lastDayOf(p: PartialDate): Date {
  const d = toDate(p);
  if (p.precision === "DAY") return d;
  if (p.precision === "MONTH") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(d.getUTCFullYear(), 11, 31));
}

/** Month-precise date of the month `offset` months from the anchor's. */
function monthFrom(anchor: Date, offset: number): PartialDate {
  const d = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + offset, 1));
  return partialDate(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/** The week (Monday to Sunday) `offset` weeks from the anchor's, as precise as it fits one month. */
function weekFrom(anchor: Date, offset: number): PartialDate {
  const monday = addDays(anchor, -((anchor.getUTCDay() + 6) % 7) + 7 * offset);
  const sunday = addDays(monday, 6);
  if (monday.getUTCMonth() === sunday.getUTCMonth())
    return partialDate(monday.getUTCFullYear(), monday.getUTCMonth() + 1);
  return partialDate(monday.getUTCFullYear());
}

function weekday(anchor: Date, target: number, shift: string | null, tense: Tense): PartialDate {
  const back = (anchor.getUTCDay() - target + 7) % 7;
  if (shift === "next" || (shift !== "last" && tense === "FUTURE"))
    return dayOf(addDays(anchor, (target - anchor.getUTCDay() + 7) % 7 || (shift ? 7 : 0)));
  // "last Monday" on a Monday is a week back; a bare past "Monday" on a Monday is that day
  return dayOf(addDays(anchor, -(back || (shift === "last" ? 7 : 0))));
}

function monthDay(anchor: Date, month: number, day: number, tense: Tense): ResolvedDate | null {
  const y = anchor.getUTCFullYear();
  const options = [y - 1, y, y + 1].filter((yr) => isValidDay(yr, month, day));
  const dist = (yr: number) => Math.abs(Date.UTC(yr, month - 1, day) - anchor.getTime());
  let year = options.sort((a, b) => dist(a) - dist(b))[0];
  if (year === undefined) return null;
  const delta = (Date.UTC(year, month - 1, day) - anchor.getTime()) / DAY_MS;
  // far from the anchor the tense decides the year; close to it the stated day wins
  if (tense === "PAST" && delta > 60) year -= 1;
  if (tense === "FUTURE" && delta < -60) year += 1;
  const after = tense === "PAST" && Date.UTC(year, month - 1, day) > anchor.getTime();
  return { date: partialDate(year, month, day), afterAnchor: after };
}

function month(anchor: Date, m: number, tense: Tense): PartialDate {
  const y = anchor.getUTCFullYear(),
    am = anchor.getUTCMonth() + 1;
  if (tense === "FUTURE") return partialDate(m >= am ? y : y + 1, m);
  if (tense === "PAST") return partialDate(m <= am ? y : y - 1, m);
  return partialDate(Math.abs(m - am) <= 6 ? y : m > am ? y - 1 : y + 1, m);
}

/**
 * The date `e` means when written on `anchor` in a clause of `tense`; null when it
 * needs an anchor more precise than the one given (or none).
 */
export function resolveDateExpression(
  e: DateExpression,
  anchor: PartialDate | null,
  tense: Tense,
): ResolvedDate | null {
  const plain = (date: PartialDate | null) => (date ? { date, afterAnchor: false } : null);
  if (e.kind === "DATE") {
    const date = partialDate(e.year, e.month, e.day);
    // a complete date told in the past tense but starting after the anchor's period contradicts it
    return { date, afterAnchor: tense === "PAST" && anchor !== null && toDate(date) > lastDayOf(anchor) };
  }
  if (!anchor) return null;
  const a = toDate(anchor);
  // a year-only anchor cannot place a month or a day
  if (anchor.precision === "YEAR") {
    if (e.kind === "PERIOD" && e.unit === "year") return plain(partialDate(a.getUTCFullYear() + e.offset));
    if (e.kind === "SEASON" && e.shift === "this") return plain(partialDate(a.getUTCFullYear()));
    return null;
  }
  if (
    anchor.precision === "MONTH" &&
    (e.kind === "WEEKDAY" || e.kind === "DAY_OFFSET" || (e.kind === "PERIOD" && e.unit === "week"))
  )
    return null;
  switch (e.kind) {
    case "MONTH_DAY":
      return anchor.precision === "DAY"
        ? monthDay(a, e.month, e.day, tense)
        : plain(partialDate(a.getUTCFullYear(), e.month, e.day));
    case "MONTH":
      return plain(month(a, e.month, tense));
    case "WEEKDAY":
      return plain(weekday(a, e.weekday, e.shift, tense));
    case "DAY_OFFSET":
      return plain(dayOf(addDays(a, e.days)));
    case "PERIOD":
      if (e.unit === "year") return plain(partialDate(a.getUTCFullYear() + e.offset));
      return plain(e.unit === "month" ? monthFrom(a, e.offset) : weekFrom(a, e.offset));
    case "SEASON": {
      const end = SEASON_END_MONTH[e.season] ?? 12;
      const passed = a.getUTCMonth() + 1 > end;
      const offset = e.shift === "last" ? (passed ? 0 : -1) : e.shift === "next" ? (passed ? 1 : 0) : 0;
      return plain(partialDate(a.getUTCFullYear() + offset));
    }
    case "AGO": {
      if (e.unit === "day") return plain(dayOf(addDays(a, -e.count)));
      if (e.unit === "week") return plain(weekFrom(a, -e.count));
      return plain(e.unit === "month" ? monthFrom(a, -e.count) : partialDate(a.getUTCFullYear() - e.count));
    }
  }
}
