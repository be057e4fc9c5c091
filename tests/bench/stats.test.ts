import { describe, expect, it } from "vitest";
import { percentile, summarize, type Sample } from "@/bench/lib/stats.ts";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [50, 50],
    [99, 99],
    [100, 100],
    [0, 1],
    [1, 1],
  ])("gives the nearest-rank p%i of 1..100 as %i", (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it.each([
    [[7], 50, 7],
    [[7], 99, 7],
    [[1, 2], 50, 1],
    [[1, 2], 99, 2],
    [[1, 2, 3, 4], 50, 2],
  ])("gives %j at p%i as %i when there are few values", (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it("gives NaN when there are no values", () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it.each([-1, 101, Number.NaN])("refuses p = %d when it lies outside 0..100", (p) => {
    expect(() => percentile([1], p)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  const samples: Sample[] = [
    { kind: "a", ms: 10, ok: true },
    { kind: "b", ms: 30, ok: false },
    { kind: "a", ms: 20, ok: true },
    { kind: "a", ms: 30, ok: true },
  ];

  it("gives one row per kind by name, then all, when no order is given", () => {
    expect(summarize([...samples].reverse(), 2000).map((s) => s.kind)).toEqual(["a", "b", "all"]);
  });

  it("lists kinds in the given order first and the others by name after them when an order is given", () => {
    const more = [...samples, { kind: "c", ms: 1, ok: true }, { kind: "0", ms: 1, ok: true }];
    expect(summarize(more, 1000, ["c", "a"]).map((s) => s.kind)).toEqual(["c", "a", "0", "b", "all"]);
  });

  it("counts requests, errors and requests per second of the run when given the elapsed time", () => {
    const [a, b, all] = summarize(samples, 2000);
    expect(a).toMatchObject({ requests: 3, errors: 0, rps: 1.5, p50: 20, p99: 30 });
    expect(b).toMatchObject({ requests: 1, errors: 1, rps: 0.5, p50: 30, p99: 30 });
    expect(all).toMatchObject({ requests: 4, errors: 1, rps: 2, p50: 20, p99: 30 });
  });

  it("gives only an empty all row when there are no samples", () => {
    expect(summarize([], 1000)).toEqual([
      { kind: "all", requests: 0, errors: 0, rps: 0, p50: Number.NaN, p99: Number.NaN },
    ]);
  });
});
