import { describe, expect, it } from "vitest";
import type { DateExpression } from "@/lib/extraction/dates/find-date-expressions.ts";
import type { Tense } from "@/lib/extraction/dates/get-clause-tense.ts";
import { resolveDateExpression } from "@/lib/extraction/dates/resolve-date-expression.ts";
import type { PartialDate } from "@/lib/extraction/types.ts";

// Thursday 6 October 2011
const THU: PartialDate = { value: "2011-10-06", precision: "DAY" };

describe("resolveDateExpression", () => {
  it.each<[string, DateExpression, Tense, string | null]>([
    ["a past weekday to the previous one", { kind: "WEEKDAY", weekday: 1, shift: null }, "PAST", "2011-10-03"],
    ["a past weekday of the anchor to the anchor", { kind: "WEEKDAY", weekday: 4, shift: null }, "PAST", "2011-10-06"],
    ["a future weekday to the next one", { kind: "WEEKDAY", weekday: 1, shift: null }, "FUTURE", "2011-10-10"],
    ["last + the anchor's weekday a week back", { kind: "WEEKDAY", weekday: 4, shift: "last" }, null, "2011-09-29"],
    ["a month and day to the nearest year", { kind: "MONTH_DAY", month: 9, day: 13 }, "PAST", "2011-09-13"],
    ["a far past month and day to the year before", { kind: "MONTH_DAY", month: 12, day: 20 }, "PAST", "2010-12-20"],
    [
      "a future month and day months ahead to the next year",
      { kind: "MONTH_DAY", month: 4, day: 20 },
      "FUTURE",
      "2012-04-20",
    ],
    ["a past bare month to the last one", { kind: "MONTH", month: 11 }, "PAST", "2010-11"],
    ["last week across two months to the year", { kind: "PERIOD", unit: "week", offset: -1 }, "PAST", "2011"],
    ["this week within one month to that month", { kind: "PERIOD", unit: "week", offset: 0 }, "PAST", "2011-10"],
    ["last month", { kind: "PERIOD", unit: "month", offset: -1 }, null, "2011-09"],
    ["late last year", { kind: "PERIOD", unit: "year", offset: -1 }, null, "2010"],
    ["this summer after it ended to this year", { kind: "SEASON", season: "summer", shift: "this" }, "PAST", "2011"],
    ["yesterday", { kind: "DAY_OFFSET", days: -1 }, "PAST", "2011-10-05"],
    ["a month ago", { kind: "AGO", unit: "month", count: 1 }, "PAST", "2011-09"],
  ])("resolves %s", (_name, expression, tense, value) => {
    expect(resolveDateExpression(expression, THU, tense)?.date.value ?? null).toBe(value);
  });

  it("flags a past-tense day after the anchor and keeps its stated day", () => {
    const r = resolveDateExpression({ kind: "MONTH_DAY", month: 10, day: 20 }, THU, "PAST");
    expect(r).toEqual({ date: { value: "2011-10-20", precision: "DAY" }, afterAnchor: true });
  });

  it("leaves relative dates unresolved when there is no anchor", () => {
    expect(resolveDateExpression({ kind: "WEEKDAY", weekday: 1, shift: null }, null, "PAST")).toBeNull();
    expect(resolveDateExpression({ kind: "DATE", year: 2008, month: null, day: null }, null, null)?.date.value).toBe(
      "2008",
    );
  });

  it("places no month or day when the anchor has only a year", () => {
    const year: PartialDate = { value: "2018", precision: "YEAR" };
    expect(resolveDateExpression({ kind: "MONTH", month: 8 }, year, "PAST")).toBeNull();
    expect(resolveDateExpression({ kind: "PERIOD", unit: "year", offset: -1 }, year, "PAST")?.date.value).toBe("2017");
  });
});

describe("resolveDateExpression on complete dates", () => {
  it.each<[DateExpression, Tense, boolean]>([
    [{ kind: "DATE", year: 2011, month: 12, day: 1 }, "PAST", true],
    [{ kind: "DATE", year: 2012, month: null, day: null }, "PAST", true],
    [{ kind: "DATE", year: 2011, month: null, day: null }, "PAST", false],
    [{ kind: "DATE", year: 2011, month: 12, day: 1 }, "FUTURE", false],
  ])("flags %j in a %s clause as after the anchor: %s", (expression, tense, after) => {
    expect(resolveDateExpression(expression, THU, tense)?.afterAnchor).toBe(after);
  });
});
