import { describe, expect, it } from "vitest";
import type { NameCandidate } from "@/lib/extraction/actors/classify-name-run.ts";
import { fitToTaggedName } from "@/lib/extraction/actors/fit-to-tagged-name.ts";
import type { Token } from "@/lib/extraction/types.ts";

/** Tokens of `text` split on spaces, labelled in order with `labels`. */
function tag(text: string, labels: string[]): Token[] {
  let at = 0;
  return text.split(" ").map((word, i) => {
    const start = text.indexOf(word, at);
    at = start + word.length;
    return { start, end: at, text: word, isCap: /^\p{Lu}/u.test(word), isWord: true, ner: labels[i]! };
  });
}

function candidate(text: string, body: string, evidence: NameCandidate["evidence"] = "MULTI"): NameCandidate {
  const start = body.indexOf(text);
  return {
    start,
    end: start + text.length,
    text,
    type: "PERSON",
    lexiconName: null,
    title: null,
    titleStart: start,
    evidence,
  };
}

describe("fitToTaggedName", () => {
  it("cuts the capitalised words the tagger puts in no name before a person", () => {
    const body = "Unlike Marta Kowalczyk the others stayed";
    const tokens = tag(body, ["O", "B-PERSON", "I-PERSON", "O", "O", "O"]);
    const fit = fitToTaggedName(body, candidate("Unlike Marta Kowalczyk", body), tokens, 0);
    expect(fit).toMatchObject({ text: "Marta Kowalczyk", start: 7, end: 22, evidence: "MULTI" });
    expect(body.slice(fit.start, fit.end)).toBe(fit.text);
  });

  it("cuts words after the person and leaves one word as a weak single name", () => {
    const body = "Vote For Kowalczyk Now";
    const tokens = tag(body, ["O", "O", "B-PERSON", "O"]);
    expect(fitToTaggedName(body, candidate(body, body), tokens, 0)).toMatchObject({
      text: "Kowalczyk",
      evidence: "SINGLE",
    });
  });

  it("reads a run of several words the tagger calls one organisation as an organisation", () => {
    const body = "Brightwater Research Group";
    const tokens = tag(body, ["B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION"]);
    expect(fitToTaggedName(body, candidate(body, body), tokens, 0).type).toBe("ORGANIZATION");
  });

  it("keeps a one-word name the tagger calls an organisation a person candidate", () => {
    const body = "Kowalczyk campaign";
    const tokens = tag(body, ["B-ORGANIZATION", "O"]);
    expect(fitToTaggedName(body, candidate("Kowalczyk", body, "SINGLE"), tokens, 0).type).toBe("PERSON");
  });

  it("leaves a person next to another name as it was read", () => {
    const body = "Lodz Marta Kowalczyk";
    const tokens = tag(body, ["B-LOCATION", "B-PERSON", "I-PERSON"]);
    const cand = candidate(body, body);
    expect(fitToTaggedName(body, cand, tokens, 0)).toBe(cand);
  });

  it("leaves the candidate alone when the tagger did not run", () => {
    const body = "Unlike Marta Kowalczyk";
    const tokens = tag(body, []).map(({ ner: _ner, ...t }) => t);
    const cand = candidate(body, body);
    expect(fitToTaggedName(body, cand, tokens, 0)).toBe(cand);
  });
});
