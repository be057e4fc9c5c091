import { describe, expect, it } from "vitest";
import { isVerbalAttack } from "../../../lib/extraction/events/is-verbal-attack.ts";

describe("isVerbalAttack", () => {
  it.each([
    ["The candidate attacked her rival in a debate.", ["PERSON"], true],
    ["Gunmen attacked the embassy, killing two guards.", ["ORGANIZATION"], false],
    ["Rebels stepped up attacks in the north.", ["ORGANIZATION"], false],
    ["The senator attacked the plan.", ["PERSON"], true],
  ] as const)("judges %j as verbal=%s", (sentence, types, expected) => {
    expect(isVerbalAttack(sentence, types)).toBe(expected);
  });
});
