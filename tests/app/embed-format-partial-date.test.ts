import { describe, expect, it } from "vitest";
import { formatPartialDate } from "@/app/embed/_lib/format-partial-date.ts";

describe("formatPartialDate", () => {
  it.each([
    ["2018-03-15", "15 March 2018"],
    ["2018-03-05", "5 March 2018"],
    ["2018-12", "December 2018"],
    ["2018", "2018"],
    ["2018-13", null],
    ["March 2018", null],
    ["", null],
    [null, null],
  ])("formats %j as %j", (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });
});
