import { describe, expect, it } from "vitest";
import { createReportingQuoteFinder, getReportingQuote } from "@/lib/extraction/events/get-reporting-quote.ts";
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

  it("takes the first holding quote in the article's order when indirect quotes overlap", () => {
    const outer = quote("INDIRECT", 0, 100);
    const inner = quote("INDIRECT", 15, 30);
    const find = createReportingQuoteFinder([quote("INDIRECT", 40, 50), inner, outer]);
    expect(find({ start: 20, end: 23, text: "met" })).toBe(inner);
    expect(find({ start: 45, end: 48, text: "met" })).not.toBe(outer);
    expect(find({ start: 60, end: 63, text: "met" })).toBe(outer);
    expect(find({ start: 98, end: 101, text: "met" })).toBeNull();
  });

  it("finds the quote holding each trigger among many", () => {
    const quotes = Array.from({ length: 500 }, (_, i) => quote(i % 3 ? "INDIRECT" : "DIRECT", i * 10, i * 10 + 8));
    const find = createReportingQuoteFinder(quotes);
    // the definition, read quote by quote
    const expected = (at: number) =>
      quotes.find((q) => q.kind === "INDIRECT" && q.start <= at && at + 2 <= q.end) ?? null;
    for (const at of [1, 11, 21, 4991, 4995, 4998])
      expect(find({ start: at, end: at + 2, text: "met" })).toBe(expected(at));
    expect(find({ start: 11, end: 13, text: "met" })).toBe(quotes[1]);
    expect(find({ start: 1, end: 3, text: "met" })).toBeNull();
  });
});
