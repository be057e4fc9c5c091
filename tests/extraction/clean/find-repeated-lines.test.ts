import { describe, expect, it } from "vitest";
import { findRepeatedLines, paragraphKey } from "@/lib/extraction/clean/find-repeated-lines.ts";

describe("findRepeatedLines", () => {
  it("marks the later copy when a paragraph repeats with other spacing or quotes", () => {
    const lines = [
      "The council voted on Friday to close the old harbour.",
      "Other text that is long enough to count here.",
      "The council voted on Friday  to close the “old” harbour",
    ];
    expect([...findRepeatedLines(lines)]).toEqual([2]);
  });

  it("keeps short lines when they repeat", () => {
    expect(findRepeatedLines(["7 p.m.", "Text", "7 p.m."]).size).toBe(0);
  });

  it("compares letters and digits only", () => {
    expect(paragraphKey("A, b — C1!")).toBe("abc1");
  });
});
