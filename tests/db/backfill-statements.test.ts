import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/db/save-article.ts";
import { backfillStatements } from "@/lib/db/statements/backfill-statements.ts";
import { fromContract } from "@/lib/extraction/contract.ts";
import { saidArticle } from "@/tests/support/said-article.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

const SENTENCE = "The orchard cooperative will share its harvest with the two villages";

describe("backfillStatements", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it("groups quotes stored before statements existed, once", async () => {
    for (const [title, date] of [
      ["Orchard harvest to be shared", "2023-08-01"],
      ["Villages welcome orchard deal", "2023-08-03"],
    ] as const)
      await saveArticle(t.db, {
        extraction: fromContract(
          saidArticle(title, title.split(" ")[0]!, date, [{ speaker: "Hal Birch", text: SENTENCE }]),
        ),
        extractorVersion: "1",
      });
    // as a database migrated from before statements holds them: quotes without statement or index keys
    await t.db.quote.updateMany({ data: { statementId: null } });
    await t.db.statement.deleteMany();
    await t.db.statementBand.deleteMany();
    expect(await backfillStatements(t.db, new Date())).toBe(2);
    const [s, ...rest] = await t.db.statement.findMany();
    expect(rest).toEqual([]);
    expect(s!.reportCount).toBe(2);
    expect(await backfillStatements(t.db, new Date())).toBe(0);
  });
});
