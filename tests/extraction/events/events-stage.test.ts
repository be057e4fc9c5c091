import { describe, expect, it } from "vitest";
import { eventsStage } from "@/lib/extraction/events/events-stage.ts";
import { makeDoc } from "./make-doc.ts";

const ACTORS = {
  "Ann Lee": { type: "PERSON" as const, forms: ["Lee"] },
  "Bo Park": { type: "PERSON" as const, forms: ["Park"] },
  Freedonia: { type: "COUNTRY" as const },
  "Red Front": { type: "ORGANIZATION" as const },
};

const run = (body: string) => eventsStage.run(makeDoc(body, ACTORS)).events;

describe("eventsStage", () => {
  it("reads who met whom and where when a meeting is reported", () => {
    const body = "Envoy Ann Lee met Bo Park in Paris on Monday.";
    const [e] = run(body);
    expect(e).toMatchObject({
      type: "CONSULT",
      location: "Paris",
      participants: [
        { actorKey: "ann lee", role: "AGENT" },
        { actorKey: "bo park", role: "TARGET" },
      ],
    });
    expect(body.slice(e!.trigger.start, e!.trigger.end)).toBe("met");
    expect(e!.evidence).toEqual([{ start: 0, end: body.length, text: body }]);
  });

  it("makes one event with several evidence spans when a meeting is mentioned again", () => {
    const body = "Ann Lee met Bo Park in Paris. The meeting lasted two hours, Park said.";
    const events = run(body);
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.map((s) => body.slice(s.start, s.end))).toEqual([
      "Ann Lee met Bo Park in Paris.",
      "The meeting lasted two hours, Park said.",
    ]);
  });

  it.each([
    ["Ann Lee would meet Bo Park if asked."],
    ["Ann Lee declined to discuss the talks with Bo Park."],
    ["“We met Bo Park,” Ann Lee said."],
    ["Ann Lee said Bo Park was wrong."],
    ["The talks were attacked in a campaign ad by Ann Lee."],
  ])("makes no event when %j reports no happening", (body) => {
    expect(run(body)).toEqual([]);
  });

  it("takes the attacker as agent when the clause says who attacked", () => {
    const body = "Red Front militants attacked a checkpoint in Freedonia, killing two soldiers.";
    const [e] = run(body);
    expect(e).toMatchObject({ type: "ASSAULT", participants: [{ actorKey: "red front", role: "AGENT" }] });
  });

  it("takes the subject after an opening phrase when the trigger heads it", () => {
    const body = "In a televised address, Bo Park said the war would end.";
    expect(run(body)[0]).toMatchObject({ type: "ANNOUNCE", participants: [{ actorKey: "bo park", role: "AGENT" }] });
  });

  it("keeps participants to the trigger's clause when the sentence names others", () => {
    const body = "Red Front praised the plan, which was announced by Ann Lee.";
    expect(run(body)[0]).toMatchObject({ type: "ANNOUNCE", participants: [{ actorKey: "ann lee", role: "AGENT" }] });
  });

  it("skips work when there are no sentences yet", () => {
    const doc = { ...makeDoc("Ann Lee met Bo Park.", ACTORS), sentences: [] };
    expect(eventsStage.run(doc).events).toEqual([]);
  });
});

describe("eventsStage with subordinate clauses", () => {
  it("does not lend the sentence's subject to a clause with a subject of its own", () => {
    const body = "Red Front said on Friday that it was ready, days after gunmen attacked a base in Freedonia.";
    expect(run(body).filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("lends the sentence's subject to a verb that opens its clause", () => {
    const body = "Bo Park, a veteran envoy, told the Senate that talks had stalled.";
    expect(run(body)[0]).toMatchObject({ type: "ANNOUNCE", participants: [{ actorKey: "bo park", role: "AGENT" }] });
  });
});

describe("eventsStage, calls, releases, threats and background", () => {
  it.each([
    ["Ann Lee spoke by phone with Bo Park on Monday.", "CONSULT", "Ann Lee spoke by phone with Bo Park"],
    ["Ann Lee telephoned Bo Park on Monday.", "CONSULT", "Ann Lee telephoned Bo Park"],
    ["The Red Front freed 12 soldiers on Monday.", "RETREAT", "The Red Front freed 12 soldiers"],
    [
      "Ann Lee said on Monday that Freedonia could cut its aid to the Red Front.",
      "THREATEN",
      "Freedonia threatened to cut its aid",
    ],
    ["Ann Lee attended a memorial ceremony in Paris.", "CONSULT", "Ann Lee attended a ceremony in Paris"],
    ["Ann Lee confirmed the meeting on Monday.", "ANNOUNCE", "Ann Lee confirmed the meeting"],
    ["Freedonia welcomed the agreement on Monday.", "ANNOUNCE", "Freedonia welcomed the agreement"],
    ["The Red Front denied the attack on Monday.", "ANNOUNCE", "The Red Front denied the attack"],
    ["Freedonia notified Bo Park on Monday of the withdrawal.", "ANNOUNCE", "Freedonia notified Bo Park"],
  ])("reads %j as one event", (body, type, summary) => {
    const [e] = run(body);
    expect(e?.type).toBe(type);
    expect(e?.summary.startsWith(summary)).toBe(true);
  });

  it.each([
    ["An aide told Bo Park that the guard had probably been killed."],
    ["Freedonia has been at war since the 2001 attacks by the Red Front."],
    ["Ann Lee campaigned ahead of the presidential election in Freedonia."],
    ["“We are ready,” Ann Lee told reporters on Monday."],
  ])("makes no event when %j reports no new happening", (body) => {
    expect(run(body)).toEqual([]);
  });

  it("gives an attack claimed by a group to that group as its agent", () => {
    const [e] = run("Bo Park cancelled the talks after an attack in Paris claimed by the Red Front.").filter(
      (x) => x.type === "ASSAULT",
    );
    expect(e?.participants).toEqual([{ actorKey: "red front", role: "AGENT" }]);
  });

  it("gives an unnamed attack to the group that claims it, with the attack's own sentence first", () => {
    const body = "Gunmen attacked a wedding in Paris on Monday. The Red Front claimed responsibility for the attack.";
    const events = run(body);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "ASSAULT", participants: [{ actorKey: "red front", role: "AGENT" }] });
    expect(events[0]!.evidence.map((s) => s.text)).toEqual([
      "Gunmen attacked a wedding in Paris on Monday.",
      "The Red Front claimed responsibility for the attack.",
    ]);
  });
});

describe("eventsStage with reported speech", () => {
  const body = "Officials in Freedonia said Ann Lee met Bo Park in Paris.";
  const clause = "Ann Lee met Bo Park in Paris";
  const withQuote = (kind: "INDIRECT" | "DIRECT") => {
    const doc = makeDoc(body, ACTORS);
    const start = body.indexOf(clause);
    const quote = {
      kind,
      start,
      end: start + clause.length,
      text: clause,
      speakerKey: "freedonia",
      speakerMention: null,
      cue: "said",
      context: { start: 0, end: body.length, text: body },
    };
    return eventsStage.run({ ...doc, quotes: [quote] }).events;
  };

  it("keeps an event told in an indirect quote, marked reported by the speaker", () => {
    const [e] = withQuote("INDIRECT");
    expect(e).toMatchObject({ type: "CONSULT", reported: true, reportedBy: "freedonia" });
  });

  it("marks nothing when the quote holding the words is not reported speech", () => {
    const [e] = withQuote("DIRECT");
    expect(e).toMatchObject({ type: "CONSULT", reported: false, reportedBy: null });
  });

  it("marks nothing when no quote holds the trigger", () => {
    expect(run(body)[0]).toMatchObject({ reported: false, reportedBy: null });
  });
});
