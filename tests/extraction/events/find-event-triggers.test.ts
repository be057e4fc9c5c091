import { describe, expect, it } from "vitest";
import { findEventTriggers, findQuotedRanges } from "@/lib/extraction/events/find-event-triggers.ts";

const find = (text: string) => findEventTriggers(text, findQuotedRanges([{ start: 0, end: text.length, text }]));

describe("findEventTriggers", () => {
  it.each([
    ["The envoy met the minister.", "CONSULT", "met"],
    ["Rebels attacked the base.", "ASSAULT", "attacked"],
    ["The ministry scrapped the deal.", "REJECT", "scrapped"],
    ["The donor withheld millions in aid from the agency.", "SANCTION", "withheld millions in aid"],
    ["In a televised address, the premier spoke.", "ANNOUNCE", "televised address"],
    ["The mayor sent an official letter to the governor.", "REQUEST", "sent an official letter"],
    ["She was appointed ambassador.", "ELECT", "appointed"],
    ["The minister on Oct. 30 said costs rose.", "ANNOUNCE", "said"],
    ["The premier is due to visit Rome in May.", "CONSULT", "visit"],
  ])("finds the trigger in %j", (text, type, trigger) => {
    const [t] = find(text);
    expect(t).toMatchObject({ type, text: trigger });
    expect(text.slice(t!.start, t!.end)).toBe(trigger);
  });

  it.each([
    "The minister said costs rose.",
    "“We met them,” he said.",
    "When asked about it, he laughed.",
    "They seized on the remark.",
  ])("finds none in %j", (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe("findEventTriggers on questions and anonymity", () => {
  it.each([
    "“Why now?” the senator asked.",
    "An official, who asked not to be named, spoke.",
    "“Is it over?” asked the reporter.",
  ])("finds no request in %j", (text) => {
    expect(find(text).filter((t) => t.type === "REQUEST")).toEqual([]);
  });
});
