import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctQuote } from "@/lib/db/mutations/correct-quote.ts";
import { findReviewQueue } from "@/lib/db/queries/find-review-queue.ts";
import { saveArticle } from "@/lib/db/save-article.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

describe("findReviewQueue", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("lists doubtful and unattributed quotes newest first, counts them per article, and pairs people by surname", async () => {
    const x = saidArticle("Tram line extended to the old mill", "Mill Courier", "2023-02-01", [
      { speaker: "Rosa Venn", text: "The trams will reach the mill district by the autumn" },
      { speaker: "Piet Venn", text: "The mill district has waited ten years for this line" },
    ]);
    x.quotes[0]!.confidence = 0.2;
    x.quotes[1]!.speaker = null;
    const { articleId } = await saveArticle(t.db, { extraction: fromContract(x), extractorVersion: "1" });
    const q = await findReviewQueue(t.db, 10);
    expect(q.lowConfidence.map((r) => r.text)).toEqual([x.quotes[0]!.text]);
    expect(q.unattributed.map((r) => r.text)).toEqual([x.quotes[1]!.text]);
    expect(q.articles).toEqual([{ articleId, lowConfidence: 1, unattributed: 1 }]);
    expect(q.duplicates.map((d) => [d.surname, d.actors.map((a) => a.name).sort()])).toEqual([
      ["venn", ["Piet Venn", "Rosa Venn"]],
    ]);
  });

  it("drops a quote from the queue once an editor set its speaker", async () => {
    const [doubtful] = (await findReviewQueue(t.db, 10)).lowConfidence;
    await correctQuote(t.db, { editorId: null, who: "api-token" }, doubtful!.id, {
      kind: "QUOTE_SPEAKER",
      actorId: doubtful!.speakerId!,
    });
    expect((await findReviewQueue(t.db, 10)).lowConfidence).toEqual([]);
  });

  it("refuses a limit outside 1-100", async () => {
    await expect(findReviewQueue(t.db, 0)).rejects.toThrow(/1 to 100/);
  });
});
