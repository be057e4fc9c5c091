import { describe, expect, it } from "vitest";
import {
  isCollectivePhrase,
  resolveCollectiveParticipants,
} from "@/lib/extraction/events/resolve-collective-participants.ts";
import type { EventParticipant } from "@/lib/extraction/types.ts";

const names: Record<string, string> = { a: "Mira Holt", b: "Ravi Tandon", two: "the two leaders", x: "Sweden" };
const nameOf = (k: string) => names[k];
const p = (actorKey: string, role: EventParticipant["role"] = "AGENT"): EventParticipant => ({ actorKey, role });

describe("resolveCollectiveParticipants", () => {
  it.each([
    ["the two leaders", true],
    ["both sides", true],
    ["the three governments", true],
    ["two leaders", true],
    ["the leaders", false],
    ["Mira Holt", false],
  ])("reads %j as collective=%s", (name, expected) => {
    expect(isCollectivePhrase(name)).toBe(expected);
  });

  it("replaces the collective phrase by the participants of the event before when there is one", () => {
    expect(resolveCollectiveParticipants([p("two")], nameOf, [p("a"), p("b", "TARGET")])).toEqual([p("a"), p("b")]);
  });

  it("keeps the phrase when no earlier event has two participants", () => {
    expect(resolveCollectiveParticipants([p("two")], nameOf, [p("a")])).toEqual([p("two")]);
    expect(resolveCollectiveParticipants([p("two")], nameOf, null)).toEqual([p("two")]);
  });

  it("keeps named participants and does not repeat one already there", () => {
    expect(resolveCollectiveParticipants([p("a"), p("two"), p("x", "TARGET")], nameOf, [p("a"), p("b")])).toEqual([
      p("a"),
      p("b"),
      p("x", "TARGET"),
    ]);
  });
});
