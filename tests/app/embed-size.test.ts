import { describe, expect, it } from "vitest";
import { clampEmbedSize, clampQuoteCount, defaultEmbedHeight } from "@/app/embed/_lib/embed-size.ts";

describe("clampQuoteCount", () => {
  it.each([
    [null, 3],
    ["", 3],
    ["abc", 3],
    ["1", 1],
    ["7", 7],
    ["10", 10],
    ["11", 10],
    ["1000000", 10],
    ["0", 1],
    ["-5", 1],
    ["4.9", 4],
  ])("reads n=%j as %i", (raw, expected) => {
    expect(clampQuoteCount(raw)).toBe(expected);
  });
});

describe("clampEmbedSize", () => {
  const preferred = { width: 550, height: 220 };
  it.each([
    [
      { maxWidth: null, maxHeight: null },
      { width: 550, height: 220 },
    ],
    [
      { maxWidth: 300, maxHeight: null },
      { width: 300, height: 220 },
    ],
    [
      { maxWidth: null, maxHeight: 100 },
      { width: 550, height: 100 },
    ],
    [
      { maxWidth: 800, maxHeight: 900 },
      { width: 550, height: 220 },
    ],
    [
      { maxWidth: 1, maxHeight: 1 },
      { width: 1, height: 1 },
    ],
  ])("fits within %j", (limits, expected) => {
    expect(clampEmbedSize(preferred, limits)).toEqual(expected);
  });
});

describe("defaultEmbedHeight", () => {
  it("grows with the number of quotes of an actor widget", () => {
    expect(defaultEmbedHeight({ kind: "actor", count: 5 })).toBeGreaterThan(
      defaultEmbedHeight({ kind: "actor", count: 1 }),
    );
    expect(defaultEmbedHeight({ kind: "quote" })).toBeGreaterThan(0);
  });
});
