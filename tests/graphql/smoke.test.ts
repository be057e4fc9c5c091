import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOperation } from "../../graphql/execute.ts";
import { createTestDb, type TestDb } from "../support/test-db.ts";
import { seedCorpus } from "./support/fixtures.ts";

describe("runOperation", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
  });
  afterAll(async () => t.cleanup());

  it("answers the Atmar query", async () => {
    const data = await runOperation<any>(`{ quotes(speaker: "Atmar", first: 5) { totalCount nodes { id text speaker { name slug } article { title slug } } } stats { articles actors quotes events } articles(first: 2) { totalCount nodes { title publishedAt } } }`, {}, { db: t.db });
    expect(data.quotes.totalCount).toBe(3);
  });
});
