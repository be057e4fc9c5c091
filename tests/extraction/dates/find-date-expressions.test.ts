import { describe, expect, it } from "vitest";
import { findDateExpressions } from "@/lib/extraction/dates/find-date-expressions.ts";

describe("findDateExpressions", () => {
  it.each([
    ["The bridge opened on Sept 13 after delays.", "Sept 13", { kind: "MONTH_DAY", month: 9, day: 13 }],
    ["It happened during a Nov. 28 conference.", "Nov. 28", { kind: "MONTH_DAY", month: 11, day: 28 }],
    ["Voters go to the polls on 20 April.", "20 April", { kind: "MONTH_DAY", month: 4, day: 20 }],
    ["The deadly 2008 attacks shook the city.", "2008", { kind: "DATE", year: 2008, month: null, day: null }],
    [
      "It was signed on October 6th, 2011 in Rome.",
      "October 6th, 2011",
      { kind: "DATE", year: 2011, month: 10, day: 6 },
    ],
    ["They met on Thursday in Rome.", "Thursday", { kind: "WEEKDAY", weekday: 4, shift: null }],
    ["They met last Thursday in Rome.", "last Thursday", { kind: "WEEKDAY", weekday: 4, shift: "last" }],
    ["The talks began last week.", "last week", { kind: "PERIOD", unit: "week", offset: -1 }],
    ["The plan was announced earlier this month.", "earlier this month", { kind: "PERIOD", unit: "month", offset: 0 }],
    ["The contacts began late last year.", "late last year", { kind: "PERIOD", unit: "year", offset: -1 }],
    ["They met this summer.", "this summer", { kind: "SEASON", season: "summer", shift: "this" }],
    ["The strategy was rolled out in August.", "in August", { kind: "MONTH", month: 8 }],
    ["He left three days ago.", "three days ago", { kind: "AGO", unit: "day", count: 3 }],
  ])("finds the expression in %j", (text, found, expression) => {
    const [d] = findDateExpressions(text);
    expect(d?.text).toBe(found);
    expect(text.slice(d?.start, d?.end)).toBe(found);
    expect(d?.expression).toEqual(expression);
  });

  it.each(["It may rain.", "About 2,400 troops and $2018 in cash.", "14,000 U.S. troops", "They march on."])(
    "finds nothing in %j",
    (text) => {
      expect(findDateExpressions(text)).toEqual([]);
    },
  );

  it("keeps the longest match when expressions overlap", () => {
    expect(findDateExpressions("on March 3, 2019 and in 2020").map((d) => [d.text, d.start])).toEqual([
      ["March 3, 2019", 3],
      ["2020", 24],
    ]);
  });
});
