import { describe, expect, it } from "vitest";
import type { Token } from "@/lib/extraction/actors/tokenize.ts";
import { findApostropheQuotes } from "@/lib/extraction/attribution/apostrophe-quotes.ts";
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

function prepare(text: string) {
  const doc = runPipeline({ text }, BEFORE_ATTRIBUTION);
  const tokens = doc.tokens as Token[];
  const span = (from: number, to: number) => doc.body.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return { doc, tokens, span };
}

/** The `quoted` candidates of `text`: content, speaker phrase, cue verb and cut. */
function quotedOf(text: string) {
  const { doc, tokens, span } = prepare(text);
  return findReportedCandidates(doc, tokens)
    .filter((c) => c.pattern === "quoted")
    .map((c) => ({
      content: span(c.clause[0], c.clause[1]),
      speaker: span(c.cue.phrase.from, c.cue.phrase.to),
      verb: tokens[c.cue.verb]!.text,
      cut: c.cut ?? null,
    }));
}

const INTRO = "The harbour board met again on Monday.\n\n";

describe("findApostropheQuotes", () => {
  it("finds two-apostrophe quotations and leaves apostrophes of words alone", () => {
    const { doc, tokens, span } = prepare(`${INTRO}''We can't wait,'' said Lena Brook. The port's crane is old.`);
    const found = findApostropheQuotes(doc, tokens).map((q) => ({
      inner: span(q.innerFrom, q.innerTo),
      closed: q.closed,
    }));
    expect(found).toEqual([{ inner: "We can't wait,", closed: true }]);
  });

  it("ends a quotation left open with its paragraph", () => {
    const { doc, tokens, span } = prepare(`${INTRO}''The dock is sinking. We told them.\n\n''Nobody listened.''`);
    const found = findApostropheQuotes(doc, tokens).map((q) => [span(q.innerFrom, q.innerTo), q.closed, q.paragraph]);
    expect(found).toEqual([
      ["The dock is sinking. We told them.", false, 1],
      ["Nobody listened.", true, 2],
    ]);
  });

  it("reads a run of three apostrophes as the close of a quote holding a single one", () => {
    const { doc, tokens, span } = prepare(`${INTRO}''She said, 'Not today,''' he recalled.`);
    const found = findApostropheQuotes(doc, tokens).map((q) => span(q.innerFrom, q.innerTo));
    expect(found).toEqual(["She said, 'Not today,"]);
  });
});

describe("quoted candidates", () => {
  it("reads the quotation with the attribution after it", () => {
    expect(quotedOf(`${INTRO}''The cranes are too old,'' said Lena Brook, the harbour master.`)).toEqual([
      { content: "''The cranes are too old,''", speaker: "Lena Brook", verb: "said", cut: null },
    ]);
  });

  it("reads the quotation after 'X said,' and after 'X said of Y:'", () => {
    expect(quotedOf(`${INTRO}Mr. Orrin added, ''The board will decide.''`)).toEqual([
      { content: "''The board will decide.''", speaker: "Mr. Orrin", verb: "added", cut: null },
    ]);
    expect(quotedOf(`${INTRO}Tova Reyes said of the mayor: ''He listens.''`)).toContainEqual(
      expect.objectContaining({ content: "''He listens.''", speaker: "Tova Reyes" }),
    );
  });

  it("joins the quotations that continue it, and offers the reading without them", () => {
    const found = quotedOf(
      `${INTRO}''We asked twice,'' Lena Brook said. ''Nobody answered. We will ask again.\n\n''And again.''\n\nThe board left.`,
    );
    expect(found).toEqual([
      {
        content: "''We asked twice,'' Lena Brook said. ''Nobody answered. We will ask again.\n\n''And again.''",
        speaker: "Lena Brook",
        verb: "said",
        cut: null,
      },
      { content: "''We asked twice,''", speaker: "Lena Brook", verb: "said", cut: "continuation" },
    ]);
  });

  it("does not join a quotation with an attribution of its own", () => {
    const found = quotedOf(`${INTRO}''We asked,'' Lena Brook said. ''We waited,'' Mr. Orrin said.`);
    expect(found.map((c) => [c.content, c.speaker])).toEqual([
      ["''We asked,''", "Lena Brook"],
      ["''We waited,''", "Mr. Orrin"],
    ]);
  });

  it("keeps the words before a quoted fragment in the same sentence", () => {
    expect(quotedOf(`${INTRO}The new fees are ''plainly unfair,'' said Tova Reyes.`)).toEqual([
      { content: "The new fees are ''plainly unfair,''", speaker: "Tova Reyes", verb: "said", cut: null },
    ]);
  });

  it("proposes no other reading inside a quotation", () => {
    const { doc, tokens } = prepare(`${INTRO}Mr. Orrin said, ''I believe the cranes will fail.''`);
    const patterns = findReportedCandidates(doc, tokens).map((c) => c.pattern);
    expect(patterns).toEqual(["quoted"]);
  });

  it("reads nothing for a quotation without an attribution", () => {
    expect(quotedOf(`${INTRO}The plan, ''Harbour Now,'' was dropped in March.`)).toEqual([]);
  });
});
