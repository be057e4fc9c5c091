import { describe, expect, it } from "vitest";
import { formatMs, formatTable } from "@/bench/lib/table.ts";

describe("formatTable", () => {
  it("right-aligns numeric columns and left-aligns text when rows mix both", () => {
    expect(
      formatTable(
        ["kind", "req/s"],
        [
          ["search", "12.5"],
          ["all", "100.0"],
        ],
      ),
    ).toBe(["kind    req/s", "search   12.5", "all     100.0"].join("\n"));
  });
});

describe("formatMs", () => {
  it.each([
    [1.234, "1.23"],
    [12.34, "12.3"],
    [123.4, "123"],
    [Number.NaN, "n/a"],
  ])("formats %d ms as %s", (ms, expected) => {
    expect(formatMs(ms)).toBe(expected);
  });
});
