import { describe, expect, it } from "vitest";
import { isUnrealTrigger } from "@/lib/extraction/events/is-unreal-trigger.ts";

const at = (text: string, word: string) => isUnrealTrigger(text, 0, 0, text.indexOf(word));

describe("isUnrealTrigger", () => {
  it.each([
    ["They would meet in May.", "meet", true],
    ["They hope to clinch an agreement.", "agreement", true],
    ["He declined to discuss the talks.", "talks", true],
    ["He claimed that the US had asked him to leave.", "asked", true],
    ["They have long accused the neighbour.", "accused", true],
    ["The envoy met the minister.", "met", false],
    ["The president will meet the premier on Monday.", "meet", false],
  ])("judges %j at %s as %s", (text, word, expected) => {
    expect(at(text, word)).toBe(expected);
  });
});

describe("isUnrealTrigger on claims", () => {
  it.each([
    ["Claims of support for the plan, announced by the premier, grew.", "announced", false],
    ["The group claimed responsibility for the attack.", "attack", false],
    ["He alleged that the envoy had met rebels.", "met", true],
  ])("judges %j at %s as %s", (text, word, expected) => {
    expect(isUnrealTrigger(text, 0, 0, text.indexOf(word))).toBe(expected);
  });
});
