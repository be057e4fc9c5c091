import { describe, expect, it } from "vitest";
import { firstDifference } from "@/bench/lib/compare.ts";

describe("firstDifference", () => {
  it.each([
    [{ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] }],
    [null, null],
    [[], []],
  ])("gives null when %j equals %j", (a, b) => {
    expect(firstDifference(a, b)).toBeNull();
  });

  it.each([
    [{ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] }, '$.a[1].b: "x" vs "y"'],
    [{ a: [1, 2] }, { a: [1] }, "$.a: length 2 vs 1"],
    [{ a: 1 }, { a: 1, c: 2 }, "$.c: only in the second"],
    [{ a: null }, { a: {} }, "$.a: null vs {}"],
    [{ a: [1] }, { a: { 0: 1 } }, '$.a: [1] vs {"0":1}'],
  ])("names the path and both values when %j differs from %j", (a, b, expected) => {
    expect(firstDifference(a, b)).toBe(expected);
  });
});
