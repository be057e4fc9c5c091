/**
 * Finders for date expressions in running text, chrono-style: each finder is a
 * regex with a builder, run once over the body (linear time), and overlapping
 * matches are settled by keeping the earliest, then the longest.
 */
import { MONTH_PATTERN, getMonth, WEEKDAYS } from "./calendar.ts";

/** What a date expression says, before it is resolved against the article date. */
export type DateExpression =
  | { kind: "DATE"; year: number; month: number | null; day: number | null }
  | { kind: "MONTH_DAY"; month: number; day: number }
  | { kind: "MONTH"; month: number }
  | { kind: "WEEKDAY"; weekday: number; shift: "last" | "next" | "this" | null }
  | { kind: "DAY_OFFSET"; days: number }
  | { kind: "PERIOD"; unit: "week" | "month" | "year"; offset: number }
  | { kind: "SEASON"; season: string; shift: "last" | "next" | "this" }
  | { kind: "AGO"; unit: "day" | "week" | "month" | "year"; count: number };

/** A date expression found in the text, with its span. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  expression: DateExpression;
}

interface Finder {
  pattern: RegExp;
  build(m: RegExpExecArray): DateExpression | null;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  several: 3,
  few: 3,
};
const M = MONTH_PATTERN;
const OFFSET: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1 };

// Order matters only for readability: overlaps are settled by position and length.
const FINDERS: readonly Finder[] = [
  // "October 6, 2011", "Oct. 6th 2011", "6 October 2011"
  {
    pattern: new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "g"),
    build: (m) => ({ kind: "DATE", year: +m[3]!, month: getMonth(m[1]!)!, day: +m[2]! }),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${M})\\s+((?:19|20)\\d{2})\\b`, "g"),
    build: (m) => ({ kind: "DATE", year: +m[3]!, month: getMonth(m[2]!)!, day: +m[1]! }),
  },
  // "September 2012", "in March of 2019"
  {
    pattern: new RegExp(`\\b(${M})(?:,| of)?\\s+((?:19|20)\\d{2})\\b`, "g"),
    build: (m) => ({ kind: "DATE", year: +m[2]!, month: getMonth(m[1]!)!, day: null }),
  },
  // "Sept 13", "Nov. 28", "13 September"
  {
    pattern: new RegExp(`\\b(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, "g"),
    build: (m) => ({ kind: "MONTH_DAY", month: getMonth(m[1]!)!, day: +m[2]! }),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M})\\b`, "g"),
    build: (m) => ({ kind: "MONTH_DAY", month: getMonth(m[2]!)!, day: +m[1]! }),
  },
  // "in August", "last March", "since April" (never "may" the verb: month names need a capital)
  {
    pattern:
      /\b(?:in|since|until|by|during|last|next|this|early|late|mid-?|from|through)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g,
    build: (m) => ({ kind: "MONTH", month: getMonth(m[1]!)! }),
  },
  // bare years: "in 2008", "the 2008 attacks" (not "$2008", "2008-09", "2,008")
  {
    pattern:
      /(?<![\d$€£,.\-/])\b((?:19|20)\d{2})\b(?!\d|,\d|%|-\d|\/\d|\s*(?:percent|people|troops|members|votes|dollars))/g,
    build: (m) => ({ kind: "DATE", year: +m[1]!, month: null, day: null }),
  },
  // "last Thursday", "on Monday", "Thursday morning"
  {
    pattern: /\b(?:(last|next|this|past)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    build: (m) => ({
      kind: "WEEKDAY",
      weekday: WEEKDAYS.get(m[2]!.toLowerCase())!,
      shift: m[1] ? (m[1] === "past" ? "last" : (m[1] as "last" | "next" | "this")) : null,
    }),
  },
  {
    pattern: /\b(today|yesterday|tomorrow)\b/gi,
    build: (m) => ({ kind: "DAY_OFFSET", days: { today: 0, yesterday: -1, tomorrow: 1 }[m[1]!.toLowerCase()]! }),
  },
  // "last week", "earlier this month", "late last year", "next year"
  {
    pattern:
      /\b(?:(?:early|earlier|late|later|mid|in the middle of|at the (?:start|end|beginning) of)\s+)?(last|past|previous|this|next|coming)\s+(week|month|year)\b/gi,
    build: (m) => ({
      kind: "PERIOD",
      unit: m[2]!.toLowerCase() as "week" | "month" | "year",
      offset: OFFSET[m[1]!.toLowerCase()]!,
    }),
  },
  {
    pattern: /\b(last|this|next|over the)\s+(summer|spring|fall|autumn|winter)\b/gi,
    build: (m) => ({
      kind: "SEASON",
      season: m[2]!.toLowerCase(),
      shift: m[1]!.toLowerCase() === "over the" ? "this" : (m[1]!.toLowerCase() as "last" | "next" | "this"),
    }),
  },
  // "three days ago", "a month ago"
  {
    pattern:
      /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(day|week|month|year)s?\s+ago\b/gi,
    build: (m) => ({
      kind: "AGO",
      unit: m[2]!.toLowerCase() as "day" | "week" | "month" | "year",
      count: NUMBER_WORDS[m[1]!.toLowerCase()] ?? +m[1]!,
    }),
  },
];

/** Every date expression in `text`, in order, without overlaps. */
export function findDateExpressions(text: string): DateMatch[] {
  const all: DateMatch[] = [];
  for (const finder of FINDERS) {
    for (const m of text.matchAll(finder.pattern)) {
      const expression = finder.build(m as RegExpExecArray);
      if (expression) all.push({ start: m.index, end: m.index + m[0].length, text: m[0], expression });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMatch[] = [];
  for (const d of all) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}
