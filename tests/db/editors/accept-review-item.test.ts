import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findAuditEvents } from "@/lib/db/audit/find-audit-events.ts";
import { revertAuditEvent } from "@/lib/db/audit/revert-audit-event.ts";
import { correctQuote } from "@/lib/db/mutations/correct-quote.ts";
import { findReviewQueue } from "@/lib/db/queries/find-review-queue.ts";
import { findTrainingExamples, type TrainingExampleRow } from "@/lib/db/queries/find-training-examples.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const EDITOR = { editorId: 9, who: "abel" };
const X = saidArticle("Orchard festival moves to the green", "Meadow Post", "2024-08-02", [
  { speaker: "Lise Marrow", text: "The green has room for twice as many stalls" },
  { speaker: "Anton Reede", text: "Parking will be free on both days of the festival" },
]);
// the scorer doubted the first speaker and found none for the second
X.quotes[0]!.confidence = 0.3;
X.quotes[1]!.speaker = null;

describe("accepting review items", () => {
  let t: TestDb;
  let version = 1;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  const ingest = () => saveArticle(t.db, { extraction: fromContract(X), extractorVersion: String(version++) });
  const exported = async () => {
    const rows: TrainingExampleRow[] = [];
    for await (const r of findTrainingExamples(t.db, (s) => expect.fail(s.reason))) rows.push(r);
    return rows;
  };
  const span = (s: string) => ({
    start: X.article.body.indexOf(s),
    end: X.article.body.indexOf(s) + s.length,
    text: s,
  });

  it("takes an accepted speaker and an accepted lack of one off the queue, keeping them through a re-ingest", async () => {
    await ingest();
    const queue = await findReviewQueue(t.db, 10);
    expect(queue.lowConfidence).toHaveLength(1);
    expect(queue.unattributed).toHaveLength(1);
    for (const q of [...queue.lowConfidence, ...queue.unattributed])
      expect(await correctQuote(t.db, EDITOR, q.id, { kind: "ACCEPT_SPEAKER" })).toHaveProperty("auditEventId");
    for (let round = 0; round < 2; round++) {
      const after = await findReviewQueue(t.db, 10);
      expect([after.lowConfidence, after.unattributed]).toEqual([[], []]);
      const quotes = await t.db.quote.findMany({
        orderBy: { start: "asc" },
        select: { speakerCorrected: true, speaker: { select: { name: true } } },
      });
      expect(quotes).toEqual([
        { speakerCorrected: true, speaker: { name: "Lise Marrow" } },
        { speakerCorrected: true, speaker: null },
      ]);
      expect((await ingest()).status).toBe("updated");
    }
  });

  it("exports each accepted item as a review example: the speaker's mention, or nobody", async () => {
    expect(await exported()).toEqual([
      { text: X.article.body, quote: span(X.quotes[0]!.text), speaker: span("Lise Marrow"), source: "review" },
      { text: X.article.body, quote: span(X.quotes[1]!.text), speaker: null, source: "review" },
    ]);
  });

  it("puts an item back on the queue, and out of the export, when its acceptance is reverted", async () => {
    const [last] = await findAuditEvents(t.db, { limit: 1 });
    expect(last).toMatchObject({ kind: "QUOTE_SPEAKER", who: "abel" });
    expect(await revertAuditEvent(t.db, EDITOR, last!.id)).toHaveProperty("auditEventId");
    expect((await findReviewQueue(t.db, 10)).unattributed.map((q) => q.text)).toEqual([X.quotes[1]!.text]);
    expect((await exported()).map((r) => r.quote.text)).toEqual([X.quotes[0]!.text]);
  });
});
