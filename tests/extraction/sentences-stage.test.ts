import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDoc } from "@/lib/extraction/pipeline.ts";
import { findParagraphs } from "@/lib/extraction/sentences/find-paragraphs.ts";
import { findSentences, sentencesStage } from "@/lib/extraction/sentences/sentences-stage.ts";

const split = (text: string) => findSentences(text, 0, text.length, 0, 0).map((s) => s.text);

describe("findParagraphs", () => {
  it("returns one trimmed span per non-blank line", () => {
    const body = "  First line.\n\n Second line. \n";
    const ps = findParagraphs(body);
    expect(ps.map((p) => p.text)).toEqual(["First line.", "Second line."]);
    for (const p of ps) expect(body.slice(p.start, p.end)).toBe(p.text);
  });
});

describe("findSentences", () => {
  it.each([
    [
      "splits at a period before a capital",
      "The talks ended. A deal followed.",
      ["The talks ended.", "A deal followed."],
    ],
    [
      "keeps honorifics and ranks",
      "Lt. Gen. J.Q. Barnwell met Mr. Dorsey on Sept. 13 in the city.",
      ["Lt. Gen. J.Q. Barnwell met Mr. Dorsey on Sept. 13 in the city."],
    ],
    ["keeps U.S. before a noun", "The U.S. Embassy said so. It left.", ["The U.S. Embassy said so.", "It left."]],
    [
      "breaks after U.S. before a sentence opener",
      "They flew to the U.S. The trip was short.",
      ["They flew to the U.S.", "The trip was short."],
    ],
    [
      "keeps a quoted multi-sentence statement whole",
      "“We won. It is over,” she said. Then she left.",
      ["“We won. It is over,” she said.", "Then she left."],
    ],
    ["breaks after a closing quote", "He said “no.” Then he left.", ["He said “no.”", "Then he left."]],
    ["splits an open multi-paragraph quote", "“We came. We saw.", ["“We came.", "We saw."]],
    [
      "does not split before lower case",
      "It cost 3.5 billion dollars, i.e. a lot. Done.",
      ["It cost 3.5 billion dollars, i.e. a lot.", "Done."],
    ],
    ["keeps No. before a number", "He was No. 2 in the party. Really!", ["He was No. 2 in the party.", "Really!"]],
  ])("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("gives offsets that slice to the sentence text", () => {
    const body = "Intro line.\nA first. B second? “C third!” D.";
    const doc = sentencesStage.run({ ...createDoc({ text: body }), body });
    for (const s of doc.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 1]);
    expect(doc.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it("never throws and keeps offsets valid on random text", () => {
    const chars = fc.constantFrom("a", "B", " ", ".", "!", "?", "“", "”", '"', "'", "\n", "Mr", "U.S.", "…", "é", "ق");
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 300 }).map((a) => a.join("")),
        fc.fullUnicodeString(),
        (a, b) => {
          for (const body of [a, b]) {
            const doc = sentencesStage.run({ ...createDoc({ text: body }), body });
            for (const s of doc.sentences) {
              expect(body.slice(s.start, s.end)).toBe(s.text);
              expect(s.text.trim()).toBe(s.text);
            }
          }
        },
      ),
    );
  });
});
