/**
 * The editors' loop end to end on one invented article: the extractor's speaker is stored,
 * an editor fixes it, `export:training`'s rows (written and read back as JSONL) go into
 * `train:attribution --with-corrections`, and the model trained with them picks the editor's
 * speaker on that article where the model trained without them did not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctQuote } from "@/lib/db/mutations/correct-quote.ts";
import { findTrainingExamples } from "@/lib/db/queries/find-training-examples.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { createStages, extract, STAGES } from "@/lib/extraction/pipeline.ts";
import { parseTrainingJsonl, trainSpeakerWithCorrections } from "@/scripts/learn/correction-examples.ts";
import { INVENTED_SPEAKER_DOCS } from "@/tests/support/invented-speaker-docs.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const TEXT = "Harbour vote\n\nKai Moreno spoke to the council. “The gates stay shut,” Nora Pell replied later.";
const QUOTE = "The gates stay shut,";

describe("a correction exported as training data", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const speakerOf = (weights: object, text: string) =>
    extract({ text }, createStages({ speaker: weights })).quotes.find((q) => q.text === QUOTE)?.speakerMention?.text;

  it("changes the trained model's choice on the corrected article", async () => {
    await saveArticle(t.db, { extraction: fromContract(extract({ text: TEXT }, STAGES)), extractorVersion: "1" });
    const quote = await t.db.quote.findFirstOrThrow({ where: { text: QUOTE }, include: { speaker: true } });
    expect(quote.speaker?.name).toBe("Nora Pell");
    const kai = await t.db.actor.findFirstOrThrow({ where: { name: "Kai Moreno" } });
    await correctQuote(t.db, { editorId: 1, who: "ines" }, quote.id, { kind: "QUOTE_SPEAKER", actorId: kai.id });

    let jsonl = "";
    for await (const row of findTrainingExamples(t.db, (s) => expect.fail(s.reason)))
      jsonl += `${JSON.stringify(row)}\n`;
    const examples = parseTrainingJsonl(jsonl, "export.jsonl");
    expect(examples).toHaveLength(1);
    expect(examples[0]).toMatchObject({
      quote: { text: QUOTE },
      speaker: { text: "Kai Moreno" },
      source: "correction",
    });

    const body = examples[0]!.text;
    const without = trainSpeakerWithCorrections([...INVENTED_SPEAKER_DOCS], [], 5, 1);
    const withIt = trainSpeakerWithCorrections([...INVENTED_SPEAKER_DOCS], examples, 5, 1);
    expect(withIt.used).toBe(1);
    expect(speakerOf(without.weights, body)).toBe("Nora Pell");
    expect(speakerOf(withIt.weights, body)).toBe("Kai Moreno");
  });
});
