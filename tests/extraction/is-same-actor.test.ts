import { describe, expect, it } from "vitest";
import { isSameActor, type ActorIdentity } from "@/lib/extraction/actors/is-same-actor.ts";

const person = (name: string, aliases: string[] = []): ActorIdentity => ({ name, type: "PERSON", aliases });
const org = (name: string, aliases: string[] = []): ActorIdentity => ({ name, type: "ORGANIZATION", aliases });

describe("isSameActor", () => {
  it.each([
    ["the same full name", person("Karim Delawar"), person("Karim Delawar"), true],
    ["a fuller form of the same person", person("Mohammad Karim Delawar"), person("Karim Delawar"), true],
    ["a shared surname with other first names", person("Ruth Calloway"), person("Peter Calloway"), false],
    ["a bare surname", person("Calloway"), person("Ruth Calloway"), false],
    ["an organisation and its acronym", org("Inter-Services Intelligence"), org("ISI"), true],
    ["an alias naming the other", org("Mirova Institute", ["MPI"]), org("MPI"), true],
    ["different types", org("Jordan"), person("Jordan"), false],
    [
      "two anonymous sources",
      { name: "senior official", type: "ANONYMOUS", aliases: [] },
      { name: "senior official", type: "ANONYMOUS", aliases: [] },
      false,
    ],
    [
      "a capital and its country",
      { name: "Islamabad", type: "COUNTRY", aliases: [] },
      { name: "Pakistan", type: "COUNTRY", aliases: [] },
      true,
    ],
  ] as const)("decides %s", (_name, a, b, same) => {
    expect(isSameActor(a, b)).toBe(same);
    expect(isSameActor(b, a)).toBe(same);
  });
});

describe("isSameActor with evidence", () => {
  it.each([
    ["a bare surname its sole bearer carries", person("Calloway"), person("Ruth Calloway", ["Calloway"]), true, true],
    ["a bare surname another person shares", person("Calloway"), person("Ruth Calloway", ["Calloway"]), false, false],
    ["a bare surname its bearer was never called by", person("Calloway"), person("Ruth Calloway"), true, false],
    ["an acronym an article gave as an alias", org("NRA"), org("Northern Rivers Authority", ["NRA"]), false, true],
    ["an acronym nothing ties to the name", org("NRA"), org("Northern Rivers Authority"), false, false],
  ] as const)("decides %s", (_name, a, b, isSoleSurnameBearer, same) => {
    expect(isSameActor(a, b, { isSoleSurnameBearer })).toBe(same);
    expect(isSameActor(b, a, { isSoleSurnameBearer })).toBe(same);
  });
});
