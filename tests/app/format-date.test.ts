import { describe, expect, it } from "vitest";
import { formatPartialDate } from "@/app/_components/format-date.ts";

describe("formatPartialDate", () => {
  it.each([
    ["2018-03-15", "15 March 2018"],
    ["2018-03-05", "5 March 2018"],
    ["2018-12", "December 2018"],
    ["2018", "2018"],
    ["2018-13", ""],
    ["March 2018", ""],
    ["2018-03-15T10:00:00Z", "15 March 2018"],
    ["", ""],
    [null, ""],
    [undefined, ""],
  ])("formats %j as %j", (input, expected) => {
    expect(formatPartialDate(input)).toBe(expected);
  });
});
