import { describe, expect, it } from "vitest";
import { areDatesCompatible, isSameEvent } from "@/lib/extraction/events/is-same-event.ts";

const meeting = { type: "CONSULT" as const, participants: ["Ann Lee", "Bo Park"], date: "2019-07-22" };

describe("isSameEvent", () => {
  it.each([
    ["the same type, participants and day", { ...meeting, participants: ["bo park", "Ann  Lee"] }, true],
    ["a month-precise date containing the day", { ...meeting, date: "2019-07" }, true],
    ["the next day (time zones)", { ...meeting, date: "2019-07-23" }, true],
    ["the day before", { ...meeting, date: "2019-07-21" }, true],
    ["two days later", { ...meeting, date: "2019-07-24" }, false],
    ["another month", { ...meeting, date: "2019-08" }, false],
    ["only the year", { ...meeting, date: "2019" }, false],
    ["another type", { ...meeting, type: "ANNOUNCE" as const }, false],
    ["fewer participants", { ...meeting, participants: ["Ann Lee"] }, false],
    ["no date", { ...meeting, date: null }, false],
  ])("links %s: %s", (_name, other, expected) => {
    expect(isSameEvent(meeting, other)).toBe(expected);
  });
});

describe("areDatesCompatible", () => {
  it.each([
    ["2019-07-31", "2019-08-01", true],
    ["2019-12-31", "2020-01-01", true],
    ["2019-09", "2019-09-07", true],
    ["2019-09-07", "2019-09", true],
    ["2019-09", "2019-09", true],
    ["2019", "2019", true],
    ["2019", "2019-09", false],
    ["2019-09-07", "2019-09-09", false],
  ])("compares %s with %s: %s", (a, b, expected) => {
    expect(areDatesCompatible(a, b)).toBe(expected);
  });
});
