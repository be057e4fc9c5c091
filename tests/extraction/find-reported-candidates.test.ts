import { describe, expect, it } from "vitest";
import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { findReportedCandidates } from "@/lib/extraction/attribution/find-reported-candidates.ts";
import { NO_MODELS } from "@/lib/extraction/learned/learned-models.ts";
import { createStages, runPipeline } from "@/lib/extraction/pipeline.ts";

const BEFORE_ATTRIBUTION = (() => {
  const stages = createStages(NO_MODELS);
  return stages.slice(
    0,
    stages.findIndex((s) => s.name === "attribution"),
  );
})();

/** Every candidate of `text` as pattern, content, speaker phrase and cut. */
function candidatesOf(text: string) {
  const d = runPipeline({ text }, BEFORE_ATTRIBUTION);
  const tokens = d.tokens as Token[];
  const span = (from: number, to: number) => d.body.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return findReportedCandidates(d, tokens).map((c) => ({
    pattern: c.pattern,
    content: span(c.clause[0], c.clause[1]),
    speaker: span(c.cue.phrase.from, c.cue.phrase.to),
    cut: c.cut ?? null,
    relative: c.relative === undefined ? null : tokens[c.relative]!.text,
    loose: c.loose || undefined,
  }));
}

const INTRO = "The talks resumed on Tuesday after a long pause.\n\n";

describe("findReportedCandidates", () => {
  it.each([
    ["a long subject before its verb", "Mirela Hanks announced she and her husband Tomas Ivel are expecting a child."],
    ["an irregular past the tagger reads", "The Ostvale Herald reported the letter came hours after the vote."],
  ])("reads a clause without 'that' after a careful verb: %s", (_name, sentence) => {
    const found = candidatesOf(`${INTRO}${sentence}`);
    expect(found.some((c) => c.pattern === "bare")).toBe(true);
  });

  it("reads no clause in an object noun phrase after a careful verb", () => {
    const found = candidatesOf(`${INTRO}Oren Fisk announced a plan for the harbour, and the hall emptied.`);
    expect(found.filter((c) => c.pattern === "bare")).toEqual([]);
  });

  it("offers a shorter reading that stops before ', who …'", () => {
    const found = candidatesOf(
      `${INTRO}The envoy said the council had hired Mara Quell, who ran the port for a decade.`,
    );
    expect(found).toContainEqual(expect.objectContaining({ content: "the council had hired Mara Quell", cut: "rel" }));
    expect(found).toContainEqual(
      expect.objectContaining({
        content: "the council had hired Mara Quell, who ran the port for a decade",
        cut: null,
      }),
    );
  });

  it("reads 'told X …' with a long object before 'that' and with a bare clause", () => {
    expect(
      candidatesOf(`${INTRO}Mara Quell told the Harbour Gazette of Velmont on Friday that she would stay.`),
    ).toContainEqual(expect.objectContaining({ pattern: "that", content: "she would stay" }));
    expect(candidatesOf(`${INTRO}Mara Quell told the Harbour Gazette she would stay on.`)).toContainEqual(
      expect.objectContaining({ pattern: "bare", content: "she would stay on" }),
    );
  });

  it("reads 'said it detected …'", () => {
    expect(candidatesOf(`${INTRO}The survey office said it detected a small tremor near the dam.`)).toContainEqual(
      expect.objectContaining({ pattern: "bare", content: "it detected a small tremor near the dam" }),
    );
  });

  it("reads 'according to X' that closes a sentence without a comma", () => {
    expect(
      candidatesOf(`${INTRO}The ferry fleet has doubled since spring according to the port office.`),
    ).toContainEqual(
      expect.objectContaining({ pattern: "according-after", content: "The ferry fleet has doubled since spring" }),
    );
  });

  it("reads 'called for …' but not 'called him …'", () => {
    expect(candidatesOf(`${INTRO}Mara Quell called for a new vote on the harbour budget.`)).toContainEqual(
      expect.objectContaining({ pattern: "object", content: "a new vote on the harbour budget" }),
    );
    expect(candidatesOf(`${INTRO}Mara Quell called him a coward in the harbour hall.`)).toEqual([]);
  });

  it("reads 'As X said, …'", () => {
    expect(candidatesOf(`${INTRO}As Mara Quell said, the harbour will need two new cranes.`)).toContainEqual(
      expect.objectContaining({
        pattern: "as",
        content: "the harbour will need two new cranes",
        speaker: "Mara Quell",
      }),
    );
  });

  it("reads a closing attribution with a long subject", () => {
    expect(
      candidatesOf(`${INTRO}The cranes will arrive late, said a group of dock workers who met the envoy.`),
    ).toContainEqual(expect.objectContaining({ pattern: "closing-long", content: "The cranes will arrive late" }));
  });

  it("names the relative pronoun as the speaker of 'X, who said …'", () => {
    expect(
      candidatesOf(`${INTRO}The plan pleased Mara Quell, who said the cranes would arrive in May.`),
    ).toContainEqual(expect.objectContaining({ content: "the cranes would arrive in May", relative: "who" }));
  });

  it("takes the clause's subject for 'while saying that …'", () => {
    expect(
      candidatesOf(`${INTRO}Mara Quell praised the envoy, while saying that the cranes would arrive late.`),
    ).toContainEqual(expect.objectContaining({ content: "the cranes would arrive late", speaker: "Mara Quell" }));
  });

  it.each([
    [
      "a possessive owner",
      "Despite Mr. Fenwick's claim that the harbour would reopen, the cranes stayed idle.",
      "Mr. Fenwick",
      "the harbour would reopen",
    ],
    [
      "a possessive pronoun",
      "Voters remembered her promise that the ferry would run on Sundays.",
      "her",
      "the ferry would run on Sundays",
    ],
    [
      "a 'by' phrase",
      "The mayor pushed back against complaints by the dock workers that the plan was rushed.",
      "the dock workers",
      "the plan was rushed",
    ],
  ])("reads a speech noun and its 'that' clause: %s", (_name, sentence, speaker, content) => {
    expect(candidatesOf(`${INTRO}${sentence}`)).toContainEqual(
      expect.objectContaining({ pattern: "noun-that", speaker, content }),
    );
  });

  it("marks a speech noun without an owner as a loose speaker", () => {
    const found = candidatesOf(`${INTRO}The council rejected warnings that the bridge would close.`);
    expect(found).toContainEqual(expect.objectContaining({ pattern: "noun-that", content: "the bridge would close" }));
    expect(found.find((c) => c.pattern === "noun-that")?.speaker).toBe("warnings");
  });

  it("reads no noun frame in a relative clause without 'that' or in a verb", () => {
    const found = candidatesOf(`${INTRO}The envoy claims the port is safe, and the claim was repeated often.`);
    expect(found.filter((c) => c.pattern === "noun-that")).toEqual([]);
  });

  it.each([
    [
      "past an apposition",
      "At the centre of the dispute, according to Dana Rolf, a former harbour chief, was a vote to sell the cranes.",
      "Dana Rolf",
      "was a vote to sell the cranes",
    ],
    [
      "after an opening conjunction",
      "But according to two aides, the mayor wants to run again in the spring.",
      "two aides",
      "the mayor wants to run again in the spring",
    ],
  ])("reads the report after 'according to X,' inside a sentence: %s", (_name, sentence, speaker, content) => {
    expect(candidatesOf(`${INTRO}${sentence}`)).toContainEqual(
      expect.objectContaining({ pattern: "according-mid", speaker, content }),
    );
  });

  it("gives a verb coordinated with an earlier one its subject", () => {
    expect(
      candidatesOf(
        `${INTRO}The director, Ilse Varga, told the Gazette her group never met the envoy and said the board hired him alone.`,
      ),
    ).toContainEqual(
      expect.objectContaining({ content: "the board hired him alone", loose: undefined, speaker: "The director" }),
    );
  });

  it("reads the subject past an aside between dashes", () => {
    expect(
      candidatesOf(`${INTRO}Many farmers — and some traders — say that the new tariff will hurt the port.`),
    ).toContainEqual(
      expect.objectContaining({ content: "the new tariff will hurt the port", speaker: "Many farmers" }),
    );
  });

  it("reads 'said on <programme> on Sunday that …' past a long prepositional adjunct", () => {
    expect(
      candidatesOf(
        `${INTRO}Mara Quell said on the evening news programme of Radio Velmont on Sunday that the vote was rigged.`,
      ),
    ).toContainEqual(expect.objectContaining({ pattern: "that", content: "the vote was rigged" }));
  });

  it("reads 'said Monday's vote …' as a clause", () => {
    expect(candidatesOf(`${INTRO}The union said Monday's vote will make the choice starker.`)).toContainEqual(
      expect.objectContaining({ pattern: "bare", content: "Monday's vote will make the choice starker" }),
    );
  });

  it("reads 'told X her group …' as a clause", () => {
    expect(candidatesOf(`${INTRO}Ilse Varga told the Gazette her group never met the envoy.`)).toContainEqual(
      expect.objectContaining({ content: "her group never met the envoy" }),
    );
  });

  it("offers a shorter reading that ends a subordinate clause at its comma", () => {
    expect(candidatesOf(`${INTRO}While Oren Fisk said that the port would reopen, he appeared uneasy.`)).toContainEqual(
      expect.objectContaining({ content: "the port would reopen", cut: "main-clause" }),
    );
  });

  it("offers the words before an aside attribution followed by a participle", () => {
    expect(candidatesOf(`${INTRO}Sales were strong, the vendor said, wiping his brow.`)).toContainEqual(
      expect.objectContaining({ pattern: "aside", content: "Sales were strong", cut: "participle" }),
    );
  });

  it.each([
    ["asked", "The reporter asked the harbour master whether the cranes were safe.", "whether the cranes were safe"],
    ["telling", "Oren Fisk is telling the crowd how he saved the old mill.", "how he saved the old mill"],
  ])("reads a question after a hearer object: %s", (_verb, sentence, content) => {
    expect(candidatesOf(`${INTRO}${sentence}`)).toContainEqual(
      expect.objectContaining({ pattern: "question", content }),
    );
  });

  it("reads 'called on X to …' with its object", () => {
    expect(candidatesOf(`${INTRO}Ilse Varga called on the board and the mayor to resign.`)).toContainEqual(
      expect.objectContaining({ pattern: "infinitive", content: "the board and the mayor to resign" }),
    );
  });

  it("reads the object of 'announced'", () => {
    expect(candidatesOf(`${INTRO}Mirela Hanks announced a benefit concert for the harbour workers.`)).toContainEqual(
      expect.objectContaining({ pattern: "object", content: "a benefit concert for the harbour workers" }),
    );
  });

  it("reads a long source of 'According to …,' up to its comma", () => {
    const found = candidatesOf(
      `${INTRO}According to early results of a survey conducted by the Ostvale Institute for the harbour board, most workers want a new crane.`,
    );
    expect(found).toContainEqual(
      expect.objectContaining({ pattern: "according-before", content: "most workers want a new crane" }),
    );
  });

  it("gives a participle of saying after an object the clause's subject, and keeps 'officials saying'", () => {
    expect(
      candidatesOf(`${INTRO}The Velmont campaign issued a statement on Tuesday saying the port would reopen.`),
    ).toContainEqual(expect.objectContaining({ speaker: "The Velmont campaign", content: "the port would reopen" }));
    expect(candidatesOf(`${INTRO}Harbour officials saying the port would reopen were wrong.`)).toContainEqual(
      expect.objectContaining({ speaker: "Harbour officials" }),
    );
  });
});
