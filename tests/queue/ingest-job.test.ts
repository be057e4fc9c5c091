import { describe, expect, it } from "vitest";
import { ingestJobKeyOf, parseIngestJobPayload } from "@/lib/queue/ingest-job.ts";

const rec = { source: "a.txt", text: "The mayor of Tillby said the bridge would reopen.", hints: { title: "Bridge" } };

describe("ingestJobKeyOf", () => {
  it("gives the same key when the same article comes from another file", () => {
    expect(ingestJobKeyOf({ ...rec, source: "copy/a.txt" })).toBe(ingestJobKeyOf(rec));
    expect(ingestJobKeyOf(rec)).toMatch(/^ingest:[0-9a-f]{64}$/);
  });

  it("gives another key when the text or a hint differs", () => {
    expect(ingestJobKeyOf({ ...rec, text: `${rec.text} It did.` })).not.toBe(ingestJobKeyOf(rec));
    expect(ingestJobKeyOf({ ...rec, hints: { title: "Bridge", author: "R. Oakes" } })).not.toBe(ingestJobKeyOf(rec));
  });

  it("treats a missing hint and a null hint alike", () => {
    expect(ingestJobKeyOf({ ...rec, hints: { title: "Bridge", url: null } })).toBe(ingestJobKeyOf(rec));
  });
});

describe("parseIngestJobPayload", () => {
  it("returns the record when the payload is well formed", () => {
    expect(parseIngestJobPayload({ ...rec, hints: { title: "Bridge", url: null } })).toEqual(rec);
  });

  it.each([
    [null, /"source" and "text"/],
    [{ source: "a.txt" }, /"source" and "text"/],
    [{ ...rec, hints: { title: 3 } }, /hints\.title must be a string/],
  ])("refuses %j with a reason", (payload, message) => {
    expect(() => parseIngestJobPayload(payload)).toThrow(message);
  });
});
