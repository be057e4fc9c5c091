import { describe, expect, it } from "vitest";
import { displayQuoteText, isScareQuote } from "@/app/_components/quote-text.ts";

describe("displayQuoteText", () => {
  it.each([
    ["We will rebuild the harbour,", "We will rebuild the harbour."],
    ["We will rebuild the harbour ,", "We will rebuild the harbour."],
    ["rebuild the harbour,", "rebuild the harbour"],
    ["Harbour first;", "Harbour first;"],
    ["We will rebuild the harbour", "We will rebuild the harbour"],
    ["Is the ferry late?", "Is the ferry late?"],
    ["  We will rebuild it all,  ", "We will rebuild it all."],
    ["1, 2, 3,", "1, 2, 3"],
  ])("shows %j as %j", (text, out) => expect(displayQuoteText(text)).toBe(out));
});

describe("isScareQuote", () => {
  it.each([
    [{ text: "harbour thieves", kind: "PARTIAL", cue: null }, true],
    [{ text: "a total waste", kind: "DIRECT", cue: null }, true],
    [{ text: "a total waste", kind: "DIRECT", cue: "said" }, false],
    [{ text: "We will rebuild the harbour", kind: "DIRECT", cue: null }, false],
    [{ text: "rebuild", kind: "INDIRECT", cue: null }, false],
  ])("calls %o a scare quote: %s", (q, out) => expect(isScareQuote(q)).toBe(out));
});
