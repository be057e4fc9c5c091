import { describe, expect, it } from "vitest";
import { getEditDistance, isNearMisspelling } from "@/lib/extraction/actors/edit-distance.ts";
import { getNameFit } from "@/lib/extraction/actors/person-name.ts";

describe("getNameFit", () => {
  it.each([
    ["Delawar", "Mohammad Karim Delawar", 2],
    ["Karim Delawar", "Mohammad Karim Delawar", 3],
    ["J. Varden", "John Varden", 3],
    ["Qasmnai", "Farid Qasmani", 1],
    ["Ruth Calloway", "Peter Calloway", 0],
    ["Smith", "John Jones", 0],
  ])("fits %s to %s with %i", (short, full, fit) => {
    expect(getNameFit(short, full)).toBe(fit);
  });
});

describe("getEditDistance", () => {
  it.each([
    ["qureshi", "quershi", 1],
    ["kitten", "sitting", 3],
    ["abc", "abc", 0],
  ])("measures %s → %s as %i", (a, b, d) => {
    expect(getEditDistance(a, b)).toBe(d);
  });

  it("refuses short or differently initialled names as misspellings", () => {
    expect(isNearMisspelling("Khan", "Kahn")).toBe(false);
    expect(isNearMisspelling("Barker", "Parker")).toBe(false);
  });
});
