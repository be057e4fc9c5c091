import { describe, expect, it } from "vitest";
import { getTriggerClause } from "@/lib/extraction/events/get-trigger-clause.ts";

describe("getTriggerClause", () => {
  it.each([
    ["Lee praised the plan, which was announced by Park.", "announced", "was announced by Park."],
    ["Officials said that Lee met Park in Rome; talks ended.", "met", "Lee met Park in Rome"],
    ["Lee met Park before Kim visited Rome.", "visited", "Kim visited Rome."],
  ])("bounds the clause of %j around %s", (text, word, clause) => {
    const from = text.indexOf(word);
    const [s, e] = getTriggerClause({ start: 0, end: text.length, text }, from, from + word.length);
    expect(text.slice(s, e)).toBe(clause);
  });
});
