import { describe, expect, it } from "vitest";
import { tokenizeWords } from "@/lib/extraction/tagger/tokenize-words.ts";

const texts = (s: string) => tokenizeWords(s).map((t) => t.text);

describe("tokenizeWords", () => {
  it.each([
    [
      "clitics split off",
      "They don’t think Tarvo’s plan works, they’re sure.",
      ["They", "do", "n’t", "think", "Tarvo", "’s", "plan", "works", ",", "they", "’re", "sure", "."],
    ],
    [
      "abbreviations keep their period",
      "Mr. Velk met Gen. Orsa in the U.S. on Jan. 4.",
      ["Mr.", "Velk", "met", "Gen.", "Orsa", "in", "the", "U.S.", "on", "Jan.", "4", "."],
    ],
    [
      "hyphens and numbers stay whole",
      "A 20-year-old paid $1,250.50 in the 1990s.",
      ["A", "20-year-old", "paid", "$", "1,250.50", "in", "the", "1990s", "."],
    ],
    ["an initial keeps its period", "J. Morvan said so...", ["J.", "Morvan", "said", "so", "..."]],
    [
      "URLs and handles are one token",
      "See https://example.org/a-b. Ask @velk_news!",
      ["See", "https://example.org/a-b", ".", "Ask", "@velk_news", "!"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("gives offsets that slice back to each token", () => {
    const body = "“We won’t,” said Ms. Arlo-Penn (D-Ore.) at 3 p.m. — twice.";
    for (const t of tokenizeWords(body)) expect(body.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps within the range it is given", () => {
    const body = "Alpha beta. Gamma delta.";
    expect(tokenizeWords(body, 12, 17).map((t) => t.text)).toEqual(["Gamma"]);
  });
});
