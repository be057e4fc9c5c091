import { describe, expect, it } from "vitest";
import { getDateMarker } from "@/lib/extraction/clean/get-date-marker.ts";

describe("getDateMarker", () => {
  it.each([
    ["date 2020-05-04 The ministry", "2020-05-04", "date 2020-05-04 "],
    ["Published: March 3, 2019", "March 3, 2019", "Published: March 3, 2019"],
    ["Updated on 4/5/2021. Text", "4/5/2021", "Updated on 4/5/2021. "],
  ])("reads the marker opening %j", (line, date, prefix) => {
    const m = getDateMarker(line);
    expect(m?.date).toBe(date);
    expect(line.slice(0, m?.length)).toBe(prefix);
  });

  it("finds none when the line is prose", () => {
    expect(getDateMarker("The date was set for May 4.")).toBeNull();
  });
});

describe("getDateMarker with a time or weekday", () => {
  it("reads the date after a time and a weekday", () => {
    expect(getDateMarker("Published: 10:36 AM EDT, Monday, July 22, 2019")?.date).toBe("July 22, 2019");
  });
});
