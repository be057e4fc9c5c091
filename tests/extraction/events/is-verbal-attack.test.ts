import { describe, expect, it } from "vitest";
import { isVerbalAttack, type TypedRole } from "@/lib/extraction/events/is-verbal-attack.ts";

const agent = (type: TypedRole["type"]): TypedRole => ({ type, role: "AGENT" });
const target = (type: TypedRole["type"]): TypedRole => ({ type, role: "TARGET" });

describe("isVerbalAttack", () => {
  it.each<[string, string, TypedRole[], boolean]>([
    ["The candidate attacked her rival in a debate.", "attacked", [agent("PERSON")], true],
    ["Gunmen attacked the embassy, killing two guards.", "attacked", [agent("ORGANIZATION")], false],
    ["Rebels stepped up attacks in the north.", "attacks", [agent("ORGANIZATION")], false],
    ["The senator attacked the plan.", "attacked", [agent("PERSON")], true],
    [
      "The paper attacked the governor, saying he waged a war on teachers.",
      "attacked",
      [agent("ORGANIZATION"), target("PERSON")],
      true,
    ],
    ["Troops killed the militant commander.", "killed", [agent("ORGANIZATION"), target("PERSON")], false],
  ])("judges %j as verbal=%s", (sentence, trigger, participants, expected) => {
    expect(isVerbalAttack(sentence, trigger, participants)).toBe(expected);
  });
});
