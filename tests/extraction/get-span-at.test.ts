import { describe, expect, it } from "vitest";
import { getSpanAt, getSpanEndingAfter } from "@/lib/extraction/sentences/get-span-at.ts";

const spans = [
  { start: 0, end: 5, text: "Hello" },
  { start: 7, end: 12, text: "world" },
];

describe("getSpanEndingAfter", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 1],
    [7, 1],
    [11, 1],
    [12, null],
    [99, null],
  ])("finds the span holding or following offset %i", (offset, index) => {
    expect(getSpanEndingAfter(spans, offset)).toBe(index === null ? null : spans[index]);
  });

  it("finds nothing in an empty list", () => {
    expect(getSpanEndingAfter([], 3)).toBeNull();
  });
});

describe("getSpanAt", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, null],
    [6, null],
    [7, 1],
    [12, null],
  ])("finds only the span holding offset %i", (offset, index) => {
    expect(getSpanAt(spans, offset)).toBe(index === null ? null : spans[index]);
  });
});
