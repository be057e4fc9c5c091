import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTrainingExamples, type SkippedCorrection } from "@/lib/db/queries/find-training-examples.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import type { ContractOutput } from "@/lib/extraction/types.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

// an invented article
const BODY = "Kai Moreno spoke to the council. “The gates stay shut,” Nora Pell replied later.";
const span = (s: string) => ({ start: BODY.indexOf(s), end: BODY.indexOf(s) + s.length, text: s });
const EXTRACTION: ContractOutput = {
  article: {
    title: "Harbour vote",
    publisher: null,
    author: null,
    publishedAt: null,
    url: null,
    dateline: null,
    body: BODY,
    warnings: [],
  },
  actors: [
    { name: "Kai Moreno", type: "PERSON", aliases: [], title: null },
    { name: "Nora Pell", type: "PERSON", aliases: [], title: null },
  ],
  mentions: [
    { actor: "Kai Moreno", form: "NAME", ...span("Kai Moreno") },
    { actor: "Nora Pell", form: "NAME", ...span("Nora Pell") },
  ],
  quotes: [
    {
      speaker: "Nora Pell",
      speakerMention: span("Nora Pell"),
      kind: "DIRECT",
      cue: "replied",
      ...span("The gates stay shut,"),
      context: { start: 0, end: BODY.length, text: BODY },
    },
  ],
  events: [],
};

describe("findTrainingExamples", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("writes a speaker correction as the article text, the quote span and the nearest mention of the chosen actor", async () => {
    const { articleId } = await saveArticle(t.db, { extraction: fromContract(EXTRACTION), extractorVersion: "1" });
    const kai = await t.db.actor.findFirstOrThrow({ where: { name: "Kai Moreno" } });
    const q = span("The gates stay shut,");
    await t.db.correction.create({
      data: { articleId, kind: "QUOTE_SPEAKER", quoteText: q.text, quoteStart: q.start, actorId: kai.id },
    });
    await t.db.correction.create({
      data: { articleId, kind: "QUOTE_SPEAKER", quoteText: "gone", quoteStart: 3, actorId: null },
    });
    const skipped: SkippedCorrection[] = [];
    const rows = [];
    for await (const r of findTrainingExamples(t.db, (s) => skipped.push(s))) rows.push(r);
    expect(rows).toEqual([{ text: BODY, quote: q, speaker: span("Kai Moreno"), source: "correction" }]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toMatch(/"gone" is no longer at offset 3/);
  });

  it("writes a span marked not a quote as nobody's words, once, whatever speaker fix it had", async () => {
    const { articleId } = await saveArticle(t.db, { extraction: fromContract(EXTRACTION), extractorVersion: "1" });
    const marked = span("spoke to the council");
    const q = span("The gates stay shut,");
    // the earlier speaker fix of the same span gives way to the later mark
    await t.db.correction.create({
      data: { articleId, kind: "NOT_A_QUOTE", quoteText: q.text, quoteStart: q.start, value: "true" },
    });
    await t.db.correction.create({
      data: { articleId, kind: "NOT_A_QUOTE", quoteText: marked.text, quoteStart: marked.start, value: "true" },
    });
    await t.db.correction.create({
      data: { articleId, kind: "QUOTE_KIND", quoteText: marked.text, quoteStart: marked.start, value: "INDIRECT" },
    });
    const skipped: SkippedCorrection[] = [];
    const rows = [];
    for await (const r of findTrainingExamples(t.db, (s) => skipped.push(s))) rows.push(r);
    expect(rows).toEqual([
      { text: BODY, quote: q, speaker: null, source: "correction" },
      { text: BODY, quote: marked, speaker: null, source: "correction" },
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/"The gates stay shut," is marked not a quote/),
      expect.stringMatching(/"gone" is no longer at offset 3/),
    ]);
  });
});
