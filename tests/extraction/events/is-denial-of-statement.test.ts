import { describe, expect, it } from "vitest";
import { isDenialOfStatement } from "@/lib/extraction/events/is-denial-of-statement.ts";

function judge(sentence: string, word: string): boolean {
  const start = sentence.indexOf(word);
  return isDenialOfStatement(sentence, 0, { start, end: start + word.length, text: word });
}

describe("isDenialOfStatement", () => {
  it.each([
    ["Norway accused Chile of dumping steel, a charge Santiago has rejected.", "rejected", true],
    ["Officials rejected the accusations as baseless.", "rejected", true],
    ["The ministry rejected claims that it had paid the rebels.", "rejected", true],
    ["Lisbon rejected media reports of a secret deal.", "rejected", true],
    ["The council rejected the proposal on Friday.", "rejected", false],
    ["The rebels rejected a ceasefire offer.", "rejected", false],
    ["Parliament rejected the budget, a decision Ana Costa has criticised.", "rejected", false],
  ])("judges %j: denial=%s", (sentence, word, expected) => {
    expect(judge(sentence, word)).toBe(expected);
  });
});
