import { describe, expect, it } from "vitest";
import { displayQuoteText } from "../../app/_components/quote-text.ts";

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
