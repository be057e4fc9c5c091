import { describe, expect, it } from "vitest";
import { buildBodySpans, widenToQuoteMarks } from "@/app/_components/highlight/build-body-spans.ts";
import { findParagraphRanges } from "@/app/_components/highlight/paragraph-spans.ts";

describe("findParagraphRanges", () => {
  it("returns trimmed non-blank lines", () => {
    const t = "  First line.\n\n\nSecond.  \n";
    expect(findParagraphRanges(t).map((r) => t.slice(r.start, r.end))).toEqual(["First line.", "Second."]);
  });
});

describe("buildBodySpans", () => {
  const body = "“We should talk,” Atmar said.\n\nPakistan declined.";
  const quote = {
    id: "Q1",
    start: 1,
    end: 16,
    speaker: { slug: "atmar", name: "Atmar" },
    speakerMention: { start: 18, end: 23 },
  };

  it("numbers quotes in text order and links the speaker's words to the speaker", () => {
    const spans = buildBodySpans(body, [quote], []);
    expect(
      spans.filter((s) => s.data.kind === "quote").map((s) => [s.start, s.end, (s.data as { number: number }).number]),
    ).toEqual([[0, 17, 1]]);
    expect(spans.find((s) => s.data.kind === "link")).toMatchObject({ start: 18, end: 23, data: { slug: "atmar" } });
  });

  it("adds a link per mention and a paragraph per line", () => {
    const spans = buildBodySpans(body, [], [{ start: 31, end: 39, actor: { slug: "pakistan", name: "Pakistan" } }]);
    expect(spans.map((s) => s.data.kind)).toEqual(["paragraph", "paragraph", "link"]);
  });

  it("gives no speaker link to an unattributed quote", () => {
    const spans = buildBodySpans(body, [{ ...quote, speaker: null }], []);
    expect(spans.some((s) => s.data.kind === "link")).toBe(false);
  });
});

describe("widenToQuoteMarks", () => {
  it.each([
    ["“We talk,” he said.", 1, 9, { start: 0, end: 10 }],
    ["He said we talk.", 8, 15, { start: 8, end: 15 }],
    ["The Taliban’s talks", 4, 11, { start: 4, end: 11 }],
  ])("widens %s only over a pair of marks", (body, start, end, out) =>
    expect(widenToQuoteMarks(body, { start, end })).toEqual(out),
  );
});

describe("buildBodySpans with nested reported speech", () => {
  it("gives a statement reported inside another its own mark, one layer deeper", () => {
    const body = "The mayor said the governor had promised the bridge would open in May.";
    const outer = { id: "1", start: 15, end: body.length - 1, speaker: null, speakerMention: null };
    const inner = { id: "2", start: 44, end: body.length - 1, speaker: null, speakerMention: null };
    const quotes = buildBodySpans(body, [outer, inner], []).filter((s) => s.data.kind === "quote");
    expect(quotes.map((s) => [s.key, s.layer])).toEqual([
      ["q1", 1],
      ["q2", 1.1],
    ]);
  });
});
