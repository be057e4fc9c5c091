import { describe, expect, it } from "vitest";
import { getClauseBounds, type ClauseGrain } from "@/lib/extraction/text/get-clause-bounds.ts";

const clauseOf = (text: string, word: string, grain: ClauseGrain) => {
  const from = text.indexOf(word);
  const [s, e] = getClauseBounds(text, from, from + word.length, grain);
  return text.slice(s, e);
};

describe("getClauseBounds", () => {
  it.each([
    ["Lee praised the plan, which was announced by Park.", "announced", "was announced by Park."],
    ["Officials said that Lee met Park in Rome; talks ended.", "met", "Lee met Park in Rome"],
    ["Lee met Park before Kim visited Rome.", "visited", "Kim visited Rome."],
    ["Lee met Park on Friday, aides said.", "Friday", "Lee met Park on Friday"],
  ])("bounds the participant clause of %j around %s", (text, word, clause) => {
    expect(clauseOf(text, word, "participant")).toBe(clause);
  });

  it.each([
    ["Lee met Park on Friday, aides said. They will meet again.", "Friday", "Lee met Park on Friday, aides said"],
    ["He will travel on Monday; the talks ended on Thursday.", "Thursday", " the talks ended on Thursday."],
    ["Lee left, but Park stayed on Sunday.", "Sunday", " Park stayed on Sunday."],
  ])("bounds the tense clause of %j around %s", (text, word, clause) => {
    expect(clauseOf(text, word, "tense")).toBe(clause);
  });

  it("keeps within the bounds it is given when the clause would run past them", () => {
    const text = "First sentence here. Lee met Park, aides said.";
    const from = text.indexOf("met");
    expect(getClauseBounds(text, from, from + 3, "participant", 21, text.length)).toEqual([21, 33]);
  });

  it("reads a tense clause at most 200 characters either side when no break comes", () => {
    const text = `${"word ".repeat(100)}met${" word".repeat(100)}`;
    const from = text.indexOf("met");
    expect(getClauseBounds(text, from, from + 3, "tense")).toEqual([from - 200, from + 3 + 200]);
  });
});
