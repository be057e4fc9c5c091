import { describe, expect, it } from "vitest";
import { isSameHappening, mergeEvents } from "@/lib/extraction/events/merge-events.ts";
import type { EventRecord } from "@/lib/extraction/types.ts";

const span = (start: number) => ({ start, end: start + 5, text: "xxxxx" });
const ev = (type: EventRecord["type"], keys: string[], at: number, location: string | null = null): EventRecord => ({
  type,
  summary: "",
  date: null,
  location,
  participants: keys.map((actorKey) => ({ actorKey, role: "AGENT" as const })),
  trigger: span(at),
  evidence: [span(at)],
  reported: false,
  reportedBy: null,
});
const told = (e: EventRecord, by: string): EventRecord => ({ ...e, reported: true, reportedBy: by });

describe("mergeEvents", () => {
  it("keeps an event reported, by its first speaker, when every mention is reported speech", () => {
    const [merged] = mergeEvents([
      { event: told(ev("CONSULT", ["a", "b"], 0), "s1"), anaphoric: false },
      { event: told(ev("CONSULT", ["a"], 50), "s2"), anaphoric: false },
    ]);
    expect([merged!.reported, merged!.reportedBy]).toEqual([true, "s1"]);
  });

  it("drops the reported mark when the article itself tells one of the mentions", () => {
    const [merged] = mergeEvents([
      { event: told(ev("CONSULT", ["a", "b"], 0), "s1"), anaphoric: false },
      { event: ev("CONSULT", ["a"], 50), anaphoric: false },
    ]);
    expect([merged!.reported, merged!.reportedBy]).toEqual([false, null]);
  });

  it("merges a later mention whose participants are a subset when type and place agree", () => {
    const merged = mergeEvents([
      { event: ev("CONSULT", ["a", "b"], 0), anaphoric: false },
      { event: ev("CONSULT", ["a"], 50), anaphoric: false },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((s) => s.start)).toEqual([0, 50]);
  });

  it("keeps events apart when they share only one of several participants", () => {
    expect(isSameHappening(ev("CONSULT", ["a", "b"], 0), ev("CONSULT", ["a", "c"], 9))).toBe(false);
  });

  it("keeps events apart when their places differ", () => {
    expect(isSameHappening(ev("CONSULT", ["a"], 0, "Paris"), ev("CONSULT", ["a"], 9, "Rome"))).toBe(false);
  });

  it("attaches a definite mention to the latest event of its type when it names nobody", () => {
    const merged = mergeEvents([
      { event: ev("CONSULT", ["a"], 0), anaphoric: false },
      { event: ev("CONSULT", [], 40), anaphoric: true },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence).toHaveLength(2);
  });

  it("drops a mention with no participants when it refers to nothing", () => {
    expect(mergeEvents([{ event: ev("ASSAULT", [], 0), anaphoric: false }])).toEqual([]);
  });
});
