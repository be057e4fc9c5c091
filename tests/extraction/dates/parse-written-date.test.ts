import { describe, expect, it } from "vitest";
import { parseWrittenDate } from "@/lib/extraction/dates/parse-written-date.ts";

describe("parseWrittenDate", () => {
  it.each([
    ["2018-11-12", "2018-11-12", "DAY"],
    ["2018-11", "2018-11", "MONTH"],
    ["2018", "2018", "YEAR"],
    ["October 6th, 2011", "2011-10-06", "DAY"],
    ["6 Oct. 2011", "2011-10-06", "DAY"],
    ["10/6/2011", "2011-10-06", "DAY"],
    ["Sept. 2012", "2012-09", "MONTH"],
    ["2019-07-22T10:00:00Z", "2019-07-22", "DAY"],
  ])("parses %j", (text, value, precision) => {
    expect(parseWrittenDate(text)).toEqual({ value, precision });
  });

  it.each(["February 30, 2020", "next Tuesday", "2018-13-01"])("returns null for %j", (text) => {
    expect(parseWrittenDate(text)).toBeNull();
  });
});
