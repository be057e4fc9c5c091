import { describe, expect, it } from "vitest";
import { getReportingQuote } from "@/lib/extraction/events/get-reporting-quote.ts";
import type { QuoteRecord } from "@/lib/extraction/types.ts";

const quote = (kind: QuoteRecord["kind"], start: number, end: number): QuoteRecord => ({
  kind,
  start,
  end,
  text: "x".repeat(end - start),
  speakerKey: "ann lee",
  speakerMention: null,
  cue: "said",
  context: { start: 0, end: 100, text: "" },
});

describe("getReportingQuote", () => {
  it("returns the indirect quote whose clause holds the trigger", () => {
    const q = quote("INDIRECT", 10, 40);
    expect(getReportingQuote([quote("INDIRECT", 50, 60), q], { start: 20, end: 23, text: "met" })).toBe(q);
  });

  it.each([
    ["a direct quote", quote("DIRECT", 10, 40), 20],
    ["an indirect quote ending inside the trigger", quote("INDIRECT", 10, 21), 20],
    ["an indirect quote after the trigger", quote("INDIRECT", 30, 40), 20],
  ])("returns null for %s", (_, q, at) => {
    expect(getReportingQuote([q], { start: at, end: at + 3, text: "met" })).toBeNull();
  });
});
