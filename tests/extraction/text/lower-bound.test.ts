import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSpansInside, lowerBound } from "@/lib/extraction/text/lower-bound.ts";

describe("lowerBound and findSpansInside", () => {
  it("finds the first item at or after a value, as a scan would", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, v) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = sorted.findIndex((x) => x >= v);
        expect(lowerBound(sorted, v, (x) => x)).toBe(scan < 0 ? sorted.length : scan);
      }),
    );
  });

  it("keeps the spans wholly inside a range, in order", () => {
    const spans = [
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 8, end: 20 },
      { start: 12, end: 14 },
    ];
    expect(findSpansInside(spans, 5, 15)).toEqual([spans[1], spans[3]]);
    expect(findSpansInside(spans, 30, 40)).toEqual([]);
  });
});
