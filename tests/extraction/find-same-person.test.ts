import { describe, expect, it } from "vitest";
import { findSamePerson } from "@/lib/extraction/attribution/find-same-person.ts";
import type { SpeakerContext } from "@/lib/extraction/attribution/speaker-context.ts";
import type { ActorRecord, ActorType, Mention } from "@/lib/extraction/types.ts";

function context(people: [name: string, type: ActorType, at: number][]): SpeakerContext {
  const actors: ActorRecord[] = people.map(([name, type]) => ({
    key: name.toLowerCase(),
    name,
    type,
    aliases: [],
    title: null,
  }));
  const mentions: Mention[] = people.map(([name, , at]) => ({
    start: at,
    end: at + name.length,
    text: name,
    actorKey: name.toLowerCase(),
    form: "NAME",
  }));
  return {
    body: "",
    actors,
    actorByKey: new Map(actors.map((a) => [a.key, a])),
    mentions,
    added: [],
    isQuoted: () => false,
    speakers: [],
    isCommonWord: () => false,
  };
}

describe("findSamePerson", () => {
  it("joins a surname to the person named in full", () => {
    expect(findSamePerson(context([["Marta Kowalczyk", "PERSON", 0]]), "Kowalczyk", 100)?.name).toBe("Marta Kowalczyk");
  });

  it("joins a full name to the surname already met", () => {
    expect(findSamePerson(context([["Kowalczyk", "PERSON", 0]]), "Marta Kowalczyk", 100)?.name).toBe("Kowalczyk");
  });

  it("never joins two different given names", () => {
    expect(findSamePerson(context([["Piotr Kowalczyk", "PERSON", 0]]), "Marta Kowalczyk", 100)).toBeNull();
  });

  it("takes the person named nearest before when a surname fits two", () => {
    const ctx = context([
      ["Marta Kowalczyk", "PERSON", 0],
      ["Piotr Kowalczyk", "PERSON", 50],
    ]);
    expect(findSamePerson(ctx, "Kowalczyk", 100)?.name).toBe("Piotr Kowalczyk");
  });

  it("joins no organisation", () => {
    expect(findSamePerson(context([["Kowalczyk Holdings", "ORGANIZATION", 0]]), "Kowalczyk", 100)).toBeNull();
  });
});
