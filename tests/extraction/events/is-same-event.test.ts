import { describe, expect, it } from "vitest";
import { isSameEvent } from "@/lib/extraction/events/is-same-event.ts";

const meeting = { type: "CONSULT" as const, participants: ["Ann Lee", "Bo Park"], date: "2019-07-22" };

describe("isSameEvent", () => {
  it.each([
    ["the same type, participants and day", { ...meeting, participants: ["bo park", "Ann  Lee"] }, true],
    ["a month-precise date containing the day", { ...meeting, date: "2019-07" }, true],
    ["another day", { ...meeting, date: "2019-07-23" }, false],
    ["another type", { ...meeting, type: "ANNOUNCE" as const }, false],
    ["fewer participants", { ...meeting, participants: ["Ann Lee"] }, false],
    ["no date", { ...meeting, date: null }, false],
  ])("links %s: %s", (_name, other, expected) => {
    expect(isSameEvent(meeting, other)).toBe(expected);
  });
});
