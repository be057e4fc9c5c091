import { describe, expect, it } from "vitest";
import { getParagraphAt, isQuoteAboutEvent } from "@/lib/extraction/events/link-quotes-to-events.ts";

const body = [
  "Ann Lee cancelled the summit with Bo Park on Friday.",
  "“It was the right call,” Lee said. Aides agreed.",
  "Separately, the harbour reopened.",
  "“Boats are back,” a pilot said.",
].join("\n");
const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
const quoteOf = (text: string, context: string) => ({
  ...span(text),
  contextStart: span(context).start,
  contextEnd: span(context).end,
});

describe("getParagraphAt", () => {
  it("gives the line holding an offset", () => {
    const [s, e] = getParagraphAt(body, body.indexOf("right call"));
    expect(body.slice(s, e)).toBe("“It was the right call,” Lee said. Aides agreed.");
  });
});

describe("isQuoteAboutEvent", () => {
  const cancellation = [span("Ann Lee cancelled the summit with Bo Park on Friday."), span("Aides agreed.")];

  it("links a quote whose paragraph holds the event's evidence", () => {
    expect(
      isQuoteAboutEvent(body, quoteOf("It was the right call", "“It was the right call,” Lee said."), cancellation),
    ).toBe(true);
  });

  it("does not link a quote of another paragraph", () => {
    expect(isQuoteAboutEvent(body, quoteOf("Boats are back", "“Boats are back,” a pilot said."), cancellation)).toBe(
      false,
    );
  });

  it("links through the quote's context when the event's sentence is the quote's own", () => {
    expect(
      isQuoteAboutEvent(body, quoteOf("Boats are back", "“Boats are back,” a pilot said."), [span("a pilot said")]),
    ).toBe(true);
  });

  it("never links an event without usable evidence", () => {
    expect(
      isQuoteAboutEvent(body, quoteOf("It was the right call", "“It was the right call,” Lee said."), [
        { start: -1, end: -1 },
      ]),
    ).toBe(false);
  });
});
