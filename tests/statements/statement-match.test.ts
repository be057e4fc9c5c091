import { describe, expect, it } from "vitest";
import { editSimilarity, isSameStatement, MATCH_RULES, statementKeys } from "@/lib/statements/statement-match.ts";
import { statementTokens } from "@/lib/statements/statement-tokens.ts";

const t = statementTokens;

describe("statement-match", () => {
  // the invented table the thresholds were chosen by (lib/statements/statement-match.ts)
  it.each([
    [
      "same words, other punctuation and case",
      "We will not raise taxes, ever.",
      "“we will not raise taxes ever”",
      true,
    ],
    [
      "accents and curly quote marks",
      "L’été sera chaud à Paris cette année",
      "L'ete sera chaud a Paris cette annee",
      true,
    ],
    [
      "one word changed in twelve",
      "The new harbour bridge will open to traffic before the winter storms",
      "The new harbour bridge will open to lorries before the winter storms",
      true,
    ],
    [
      "one word added in ten",
      "we expect the talks to end with a signed deal",
      "we fully expect the talks to end with a signed deal",
      true,
    ],
    [
      "one word dropped in nine",
      "the river will be clean again within five years",
      "the river will be clean again within years",
      true,
    ],
    [
      "three words changed in ten",
      "we expect the talks to end with a signed deal",
      "we doubt the talks will end with any deal",
      false,
    ],
    ["two-word scare quote", "very productive", "very productive", false],
    ["three-word phrase", "a historic day", "a historic day", false],
    ["four words, same", "we have a deal", "We have a deal!", true],
    ["four words, one changed", "we have a deal", "we have no deal", false],
    ["five words, one changed", "we have a deal now", "we have a deal soon", false],
    [
      "another sentence altogether",
      "the budget for roads is smaller this year",
      "our schools need more teachers and books",
      false,
    ],
  ] as const)("decides %s", (_, a, b, same) => {
    expect(isSameStatement(t(a), t(b))).toBe(same);
    expect(isSameStatement(t(b), t(a))).toBe(same);
  });

  it("scores one change in ten words 0.9 and two 0.8", () => {
    const base = t("a b c d e f g h i j");
    expect(editSimilarity(base, t("a b c d X f g h i j"))).toBeCloseTo(0.9);
    expect(editSimilarity(base, t("a b c d X f g Y i j"))).toBeCloseTo(0.8);
  });

  it("indexes no key under the exact minimum, only the exact key under the near minimum, and bands from it", () => {
    expect(statementKeys(t("very productive"))).toEqual([]);
    expect(statementKeys(t("we have a deal"))).toHaveLength(1);
    expect(statementKeys(t("we have a deal now today")).length).toBeGreaterThan(1);
    expect(MATCH_RULES.MIN_NEAR_WORDS).toBeGreaterThan(MATCH_RULES.MIN_EXACT_WORDS);
  });
});
