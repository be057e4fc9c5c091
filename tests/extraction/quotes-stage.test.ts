import { describe, expect, it } from "vitest";
import { createDoc } from "@/lib/extraction/pipeline.ts";
import { findQuoteSpans } from "@/lib/extraction/quotes/find-quote-spans.ts";
import { getQuoteKind, quotesStage } from "@/lib/extraction/quotes/quotes-stage.ts";
import { findParagraphs } from "@/lib/extraction/sentences/find-paragraphs.ts";
import { sentencesStage } from "@/lib/extraction/sentences/sentences-stage.ts";

const kindOf = (body: string) => findQuoteSpans(body, findParagraphs(body)).map((q) => getQuoteKind(body, q));

describe("getQuoteKind", () => {
  it.each([
    ["a full statement", "“We will not talk to them,” he said.", ["DIRECT"]],
    ["a statement after a colon", "She said: “We are done.”", ["DIRECT"]],
    ["a fragment starting lower-case", "He called the talks “early and vague.”", ["PARTIAL"]],
    ["a short phrase woven into prose", "She called it a “ridiculous approach” to the problem.", ["PARTIAL"]],
  ])("reads %s", (_name, body, expected) => {
    expect(kindOf(body)).toEqual(expected);
  });
});

describe("quotesStage", () => {
  it("records each quote with its sentence as context", () => {
    const body = "The envoy arrived. “Talks resume Monday,” he said.";
    const doc = quotesStage.run(sentencesStage.run({ ...createDoc({ text: body }), body }));
    expect(doc.quotes).toHaveLength(1);
    const q = doc.quotes[0]!;
    expect(body.slice(q.start, q.end)).toBe("Talks resume Monday,");
    expect(q.context.text).toBe("“Talks resume Monday,” he said.");
    expect(q.speakerKey).toBeNull();
  });
});
