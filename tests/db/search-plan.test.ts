import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchStatements } from "@/lib/db/queries/search-all.ts";
import { seedCorpus } from "@/tests/graphql/support/fixtures.ts";
import { createTestDb, isPostgres, type TestDb } from "@/tests/support/test-db.ts";

// PostgreSQL's planner reads tiny tables sequentially whatever the indexes, so plans are checked on SQLite
describe.skipIf(isPostgres())("search statements' query plans", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
  });
  afterAll(async () => t.cleanup());

  it.each(["talks", "river talks pl", '"river talks"', "Mr. Atmar"])(
    "reads no table or index whole for %j",
    async (query) => {
      const st = searchStatements(t.db, query, 10)!;
      for (const sql of [st.exactActors!, st.actors, st.quotes, st.articles]) {
        const plan = (
          await t.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql.sql}`, ...sql.values)
        ).map((r) => r.detail);
        expect(
          plan.filter((l) => /^SCAN (main\.)?(Actor|ActorAlias|Article|Quote|a|q|x)\b/.test(l)),
          plan.join(" | "),
        ).toEqual([]);
        expect(plan.some((l) => /VIRTUAL TABLE|USING (COVERING )?INDEX|PRIMARY KEY/.test(l))).toBe(true);
      }
    },
  );
});
