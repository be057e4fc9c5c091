import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuoteSpans } from "@/lib/extraction/quotes/find-quote-spans.ts";
import { findParagraphs } from "@/lib/extraction/sentences/find-paragraphs.ts";

const spans = (body: string) => findQuoteSpans(body, findParagraphs(body));
const texts = (body: string) => spans(body).map((q) => q.text);

describe("findQuoteSpans", () => {
  it.each([
    ["curly double quotes", "“We will win,” she said.", ["We will win,"]],
    ["straight double quotes", 'He said "no deal" twice.', ["no deal"]],
    ["a quote split around its attribution", "“First part,” he said, “second part.”", ["First part,", "second part."]],
    ["single quotes used as quotation marks", "Headline: Minister says ‘talks are over’ today", ["talks are over"]],
    [
      "nested single quotes inside double ones",
      "“He told me ‘never again’ twice,” she said.",
      ["He told me ‘never again’ twice,"],
    ],
    [
      "ellipses and bracketed insertions",
      "“We are ready … [for] the talks,” he said.",
      ["We are ready … [for] the talks,"],
    ],
    ["apostrophes, not quotes", "Kabul’s plan and the Haqqanis’ leaders don't agree.", []],
    [
      "guillemets, without the spaces inside them",
      "« Nous partons », a-t-il dit. «We stay,» she said.",
      ["Nous partons", "We stay,"],
    ],
    ["German low-high marks", "„Wir bleiben“, sagte sie.", ["Wir bleiben"]],
    ["single guillemets", "He said ‹we stay› today.", ["we stay"]],
  ])("finds %s", (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it("gives offsets whose slice is the quote text", () => {
    const body = "Intro.\n\n“One,” she said. “Two.”\n\n'Three' he wrote.";
    for (const q of spans(body)) {
      expect(body.slice(q.start, q.end)).toBe(q.text);
      expect(q.markStart).toBe(q.start - 1);
    }
  });

  it("splits the multi-paragraph convention into chained pieces, one per paragraph", () => {
    const body = "“First paragraph of the speech goes on.\n\n“Second paragraph ends here,” the mayor said.";
    const [a, b, ...rest] = spans(body);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ text: "First paragraph of the speech goes on.", isClosed: false });
    expect(b).toMatchObject({ text: "Second paragraph ends here,", isClosed: true });
    expect(a?.chain).toBeDefined();
    expect(b?.chain).toBe(a?.chain);
  });

  it("does not continue a curly quote with a stray straight mark", () => {
    const body = '“Opening words of an unfinished thought here\n\n"Kevin was snoring.';
    expect(spans(body).map((q) => q.chain)).toEqual([undefined]);
  });

  it("bounds an unclosed quote by its paragraph", () => {
    const body = "“This stray quote runs on for many words\n\nThe next paragraph is plain prose with no marks.";
    const [q, ...rest] = spans(body);
    expect(rest).toEqual([]);
    expect(q?.text).toBe("This stray quote runs on for many words");
    expect(q?.isClosed).toBe(false);
  });

  it("drops a short stray mark", () => {
    expect(texts("He is 6'3\" tall.\n\nNothing else.")).toEqual([]);
  });

  it("never throws and keeps offsets valid with random quote marks", () => {
    const piece = fc.constantFrom("a", " ", "“", "”", '"', "'", "‘", "’", "\n", "\n\n", "word", ".", ",");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 200 }).map((a) => a.join("")),
        (body) => {
          for (const q of spans(body)) {
            expect(body.slice(q.start, q.end)).toBe(q.text);
            expect(q.start).toBeLessThanOrEqual(q.end);
          }
        },
      ),
    );
  });

  // its time is printed by `npm run bench:extract` ("stress"), not asserted here
  it("finds every quote of a huge paragraph of marks", () => {
    const body = "“a” ".repeat(50_000);
    expect(spans(body).length).toBe(50_000);
  });
});
