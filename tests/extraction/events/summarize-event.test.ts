import { describe, expect, it } from "vitest";
import { eventsStage } from "@/lib/extraction/events/events-stage.ts";
import {
  getObjectPhrase,
  getSubjectText,
  summarizeEvent,
  type EventSummaryParts,
} from "@/lib/extraction/events/summarize-event.ts";
import { EVENT_TYPES, type ActorType, type EventParticipant, type EventType } from "@/lib/extraction/types.ts";
import { makeDoc } from "./make-doc.ts";

const TYPES: Record<string, ActorType> = {
  "Ann Lee": "PERSON",
  "Bo Park": "PERSON",
  Freedonia: "COUNTRY",
  Taliban: "ORGANIZATION",
  "Interior Ministry": "ORGANIZATION",
};

function parts(
  type: EventType,
  trigger: string,
  agents: string[],
  targets: string[],
  more: Partial<EventSummaryParts> = {},
): EventSummaryParts {
  const participants: EventParticipant[] = [
    ...agents.map((a) => ({ actorKey: a, role: "AGENT" as const })),
    ...targets.map((t) => ({ actorKey: t, role: "TARGET" as const })),
  ];
  return {
    type,
    trigger,
    noun: false,
    participants,
    nameOf: (k) => k,
    typeOf: (k) => TYPES[k],
    location: null,
    ...more,
  };
}

describe("summarizeEvent", () => {
  it.each<[string, EventSummaryParts, string]>([
    [
      "a meeting",
      parts("CONSULT", "met", ["Ann Lee"], ["Bo Park"], { location: "Rome" }),
      "Ann Lee met Bo Park in Rome",
    ],
    ["a present-tense verb", parts("CONSULT", "meets", ["Ann Lee"], ["Bo Park"]), "Ann Lee met Bo Park"],
    [
      "a noun visit with a place",
      parts("CONSULT", "visit", ["Ann Lee"], [], { noun: true, location: "Kabul" }),
      "Ann Lee visited Kabul",
    ],
    [
      "talks",
      parts("CONSULT", "talks with", ["Ann Lee"], ["Bo Park"], { noun: true }),
      "Ann Lee held talks with Bo Park",
    ],
    [
      "a phone call",
      parts("CONSULT", "spoke by phone with", ["Ann Lee"], ["Bo Park"]),
      "Ann Lee spoke by phone with Bo Park",
    ],
    [
      "a ceremony",
      parts("CONSULT", "graduation ceremony", ["Ann Lee"], [], { noun: true, location: "Kabul" }),
      "Ann Lee attended a ceremony in Kabul",
    ],
    [
      "an attack noun",
      parts("ASSAULT", "attack", ["Taliban"], [], { noun: true, location: "Kandahar" }),
      "The Taliban carried out an attack in Kandahar",
    ],
    [
      "an attack verb with its object",
      parts("ASSAULT", "attacked", ["Taliban"], [], { rest: " a Shiite gathering in Kabul on Tuesday" }),
      "The Taliban attacked a Shiite gathering in Kabul",
    ],
    ["a bombing", parts("ASSAULT", "bombing", ["Taliban"], [], { noun: true }), "The Taliban carried out a bombing"],
    [
      "an agreement",
      parts("AGREE", "signed an agreement", ["Freedonia"], [], { location: "Doha" }),
      "Freedonia signed an agreement in Doha",
    ],
    [
      "a rejection",
      parts("REJECT", "cancelled", ["Ann Lee"], [], { rest: " a planned trip to Paris on Friday" }),
      "Ann Lee cancelled a planned trip to Paris",
    ],
    [
      "a sanction",
      parts("SANCTION", "imposed sanctions", ["Freedonia"], ["Taliban"]),
      "Freedonia imposed sanctions on the Taliban",
    ],
    ["an announcement", parts("ANNOUNCE", "televised address", ["Ann Lee"], []), "Ann Lee gave a televised address"],
    ["a tweet", parts("ANNOUNCE", "In a tweet", ["Ann Lee"], []), "Ann Lee posted a tweet"],
    ["a request", parts("REQUEST", "called on", ["Ann Lee"], ["Taliban"]), "Ann Lee called on the Taliban"],
    ["a release", parts("RETREAT", "freed 22 soldiers", ["Taliban"], []), "The Taliban freed 22 soldiers"],
    [
      "an election",
      parts("ELECT", "presidential election", ["Freedonia"], [], { noun: true }),
      "Freedonia held an election",
    ],
    ["an accusation", parts("ACCUSE", "accused", ["Freedonia"], ["Bo Park"]), "Freedonia accused Bo Park"],
    [
      "a threat",
      parts("THREATEN", "could cut", ["Freedonia"], [], { rest: " its aid to the province this year" }),
      "Freedonia threatened to cut its aid to the province",
    ],
    [
      "a protest",
      parts("PROTEST", "marched", ["Taliban"], [], { rest: " through the capital on Saturday" }),
      "The Taliban marched through the capital",
    ],
    [
      "a mobilisation",
      parts("MOBILIZE", "deployed", ["Freedonia"], [], { rest: " 3,000 troops to the border" }),
      "Freedonia deployed 3,000 troops to the border",
    ],
    [
      "a detention with no agent",
      parts("COERCE", "arrested", [], ["Bo Park"], { location: "Lahore" }),
      "Bo Park was arrested in Lahore",
    ],
    [
      "cooperation",
      parts("COOPERATE", "joint patrols", ["Freedonia", "Interior Ministry"], [], { noun: true }),
      "The Interior Ministry held a joint operation",
    ],
    ["aid", parts("AID", "delivered aid", ["Freedonia"], []), "Freedonia delivered aid"],
    ["support", parts("SUPPORT", "endorsed", ["Ann Lee"], ["Bo Park"]), "Ann Lee endorsed Bo Park"],
    [
      "a letter to its target",
      parts("REQUEST", "sent a letter", ["Ann Lee"], ["Bo Park"]),
      "Ann Lee sent a letter to Bo Park",
    ],
    ["a gerund trigger", parts("SANCTION", "suspending all aid", ["Freedonia"], []), "Freedonia suspended all aid"],
    [
      "a noun without agent",
      parts("CONSULT", "discussions held", [], ["Ann Lee", "Bo Park"], { noun: true }),
      "Ann Lee and Bo Park were involved in discussions",
    ],
    [
      "a statement with its content",
      parts("ANNOUNCE", "said", ["Ann Lee"], [], {
        sentenceRest: " on Oct. 30 that the border would reopen next week.",
      }),
      "Ann Lee said that the border would reopen next week",
    ],
    [
      "a participle with its agent after it",
      parts("ANNOUNCE", "announced", ["Ann Lee"], [], {
        before: "Support grew for the new harbour plan, ",
        rest: " by Ann Lee in May",
      }),
      "Ann Lee announced the new harbour plan",
    ],
    [
      "a meeting with no one met",
      parts("CONSULT", "meeting", ["Ann Lee"], [], { noun: true }),
      "Ann Lee held a meeting",
    ],
    [
      "a headline's passive accusation",
      parts("ACCUSE", "accused", ["Ann Lee"], [], { rest: " of breaking the debate rules" }),
      "Ann Lee was accused of breaking the debate rules",
    ],
    [
      "an accusation ending in a gerund",
      parts("ACCUSE", "accused", ["Ann Lee"], [], { rest: " the chair of trying to hide the report" }),
      "Ann Lee accused the chair",
    ],
    [
      "an act done to someone, without agent",
      parts("SANCTION", "withholding millions in aid", [], ["Freedonia"]),
      "Freedonia was the target of sanctions",
    ],
    [
      "an intransitive verb without agent",
      parts("AGREE", "agreed to", [], ["Bo Park"]),
      "Bo Park was involved in an agreement",
    ],
    ["a concession", parts("CONCEDE", "resigned", ["Ann Lee"], []), "Ann Lee resigned"],
  ])("says %s as a sentence naming its agent", (_, p, want) => {
    expect(summarizeEvent(p)).toBe(want);
  });

  it("lets a person stand for the country that modifies them", () => {
    expect(summarizeEvent(parts("CONSULT", "met", ["Ann Lee", "Freedonia"], ["Bo Park"]))).toBe("Ann Lee met Bo Park");
  });
});

describe("getSubjectText", () => {
  it.each([
    ["Sylvanian government officials ", "Sylvanian government officials"],
    ["Harbour officials secretly ", "Harbour officials"],
    ["The senior envoy ", "the senior envoy"],
    ["he ", ""],
    ["the plan that was ", ""],
    ["Bo Park ", ""],
  ])("reads the subject of %j as %j", (before, want) => {
    expect(getSubjectText(before)).toBe(want);
  });
});

describe("getObjectPhrase", () => {
  it.each([
    [" a planned trip to Paris on Friday, her aide said", "a planned trip to Paris"],
    [" that the talks would resume", ""],
    [" its last troops from the north, ending a long deployment", "its last troops from the north"],
  ])("reads the object of %j", (rest, want) => {
    expect(getObjectPhrase(rest)).toBe(want);
  });
});

describe("summarizeEvent over whole sentences, one per event type", () => {
  const ACTORS = {
    "Ann Lee": { type: "PERSON" as const, forms: ["Lee"] },
    "Bo Park": { type: "PERSON" as const, forms: ["Park"] },
    Freedonia: { type: "COUNTRY" as const },
    Sylvania: { type: "COUNTRY" as const },
    "Red Front": { type: "ORGANIZATION" as const },
    "Harbor Union": { type: "ORGANIZATION" as const },
  };
  // subject (the agent), past-tense verb, object, place: what a timeline line must say
  const CASES: [EventType, string, string][] = [
    [
      "AGREE",
      "Freedonia signed a trade agreement with Sylvania in Geneva.",
      "Freedonia signed a trade agreement with Sylvania in Geneva",
    ],
    ["CONSULT", "Ann Lee met Bo Park in Paris.", "Ann Lee met Bo Park in Paris"],
    ["CONSULT", "The Red Front delegation reportedly traveled to Sylvania.", "The Red Front visited Sylvania"],
    [
      "CONSULT",
      "On July 7, harbour officials met with Red Front negotiators in Paris in what observers hailed as a step.",
      "Harbour officials met with Red Front negotiators in Paris",
    ],
    ["SUPPORT", "Ann Lee endorsed Bo Park in Ohio.", "Ann Lee endorsed Bo Park in Ohio"],
    ["CONCEDE", "Bo Park resigned in Paris.", "Bo Park resigned in Paris"],
    ["COOPERATE", "Freedonia partnered with Sylvania in Geneva.", "Freedonia partnered with Sylvania in Geneva"],
    ["AID", "Freedonia sent aid to Sylvania.", "Freedonia sent aid to Sylvania"],
    ["RETREAT", "Freedonia withdrew from Sylvania.", "Freedonia withdrew from Sylvania"],
    ["REQUEST", "Ann Lee urged Bo Park to resign.", "Ann Lee urged Bo Park"],
    ["ACCUSE", "Freedonia accused Sylvania of spying.", "Freedonia accused Sylvania"],
    ["REJECT", "Sylvania rejected the proposal from Freedonia.", "Sylvania rejected the proposal from Freedonia"],
    ["THREATEN", "Freedonia threatened Sylvania with sanctions.", "Freedonia threatened Sylvania with sanctions"],
    ["PROTEST", "Members of the Harbor Union marched in Paris.", "The Harbor Union marched in Paris"],
    ["SANCTION", "Freedonia imposed new sanctions on Sylvania.", "Freedonia imposed new sanctions on Sylvania"],
    ["MOBILIZE", "Freedonia deployed troops to Sylvania.", "Freedonia deployed troops to Sylvania"],
    ["COERCE", "Freedonia arrested Bo Park in Paris.", "Freedonia arrested Bo Park in Paris"],
    ["ASSAULT", "The Red Front attacked Sylvania in Paris.", "The Red Front attacked Sylvania in Paris"],
    ["ASSAULT", "Sylvania was attacked by the Red Front.", "The Red Front attacked Sylvania"],
    ["ANNOUNCE", "Ann Lee gave a speech in Paris.", "Ann Lee gave a speech in Paris"],
    ["ELECT", "Bo Park was elected in Freedonia.", "Bo Park was elected in Freedonia"],
    ["ELECT", "Freedonia appointed Bo Park as envoy.", "Freedonia appointed Bo Park"],
  ];
  it.each(CASES)("summarises a %s as one sentence naming its agent: %j", (type, body, summary) => {
    const events = eventsStage.run(makeDoc(body, ACTORS)).events;
    expect(events.map((e) => [e.type, e.summary])).toEqual([[type, summary]]);
  });

  it("covers every event type", () => {
    expect(EVENT_TYPES.filter((t) => !CASES.some(([type]) => type === t))).toEqual([]);
  });
});
