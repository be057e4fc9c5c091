import { describe, expect, it } from "vitest";
import { getClauseTense } from "@/lib/extraction/dates/get-clause-tense.ts";

const tenseAt = (text: string, word: string) => {
  const start = text.indexOf(word);
  return getClauseTense(text, start, start + word.length);
};

describe("getClauseTense", () => {
  it.each([
    ["The minister met the envoy on Thursday.", "Thursday", "PAST"],
    ["The minister will meet the envoy on Thursday.", "Thursday", "FUTURE"],
    ["The summit is expected to open on Thursday.", "Thursday", "FUTURE"],
    ["The envoy visits the capital on Thursday.", "Thursday", null],
    ["He will travel on Monday; the talks ended on Thursday.", "Thursday", "PAST"],
  ])("reads %j around %s as %s", (text, word, tense) => {
    expect(tenseAt(text, word)).toBe(tense);
  });
});
