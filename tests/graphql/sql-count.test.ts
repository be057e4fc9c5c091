import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSettings } from "@/lib/settings/settings.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { createCountingDb, type CountingDb } from "./support/counting-db.ts";
import { executor, ok } from "./support/exec.ts";
import { saveFixture, seedCorpus, type FixtureArticle } from "./support/fixtures.ts";

const NESTED = `query($first: Int) {
  actors(first: $first) {
    totalCount
    nodes {
      name aliases quoteCount firstSeen lastSeen
      quotes(first: 10) { totalCount nodes { text context { text } article { title publishedAt } speaker { name } } }
      articles(first: 3) { nodes { title } }
      relatedActors(first: 3) { edges { sharedArticles node { name } } }
      events(first: 3) { nodes { type participants { role actor { name } } article { slug } } }
    }
  }
}`;

/** One statement per loader and nesting level, never per row. */
const MAX_STATEMENTS = 20;

/** Statements that are not the query itself (transaction control) are not round trips we can avoid. */
const isData = (sql: string) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql.trim());

describe("SQL statements of a nested query", () => {
  let t: TestDb;
  let counting: CountingDb;
  beforeAll(async () => {
    t = await createTestDb();
    counting = createCountingDb(t.url);
  });
  afterAll(async () => {
    await counting.disconnect();
    await t.cleanup();
  });

  async function statementsFor(first: number): Promise<{ n: number; actors: number }> {
    counting.statements.length = 0;
    const data = ok(await executor(counting.db)<any>(NESTED, { first }));
    if (getSettings().DUMP_SQL)
      console.log(
        counting.statements
          .filter(isData)
          .map((s) => s.slice(0, 160))
          .join("\n"),
      );
    return { n: counting.statements.filter(isData).length, actors: data.actors.nodes.length };
  }

  it("is the same small number whatever the result size (actors → quotes → article → speaker)", async () => {
    await seedCorpus(t.db);
    const small = await statementsFor(2);
    // grow the graph tenfold: more articles, quotes per actor, co-mentions and events
    for (let i = 0; i < 12; i++) {
      const extra: FixtureArticle = {
        title: `Follow-up number ${i} on the river talks`,
        publisher: "Bulk Test Wire",
        publishedAt: `2021-0${(i % 9) + 1}-1${i % 10}`,
        quotes: [
          ["atmar", `Statement ${i} about the talks`],
          ["lopez", `Reply ${i} from the city`],
          ["khan", `Remark ${i}`],
        ],
        mentions: ["ministry"],
        events: [
          { type: "CONSULT", summary: `Meeting ${i}`, date: `2021-0${(i % 9) + 1}`, agent: "atmar", target: "lopez" },
        ],
      };
      await saveFixture(t.db, extra);
    }
    const large = await statementsFor(50);
    expect(large.actors).toBeGreaterThan(small.actors);
    // loaders batch per tick, so which loads share a statement can shift by one or two
    expect(Math.abs(large.n - small.n)).toBeLessThanOrEqual(2);
    expect(large.n).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(small.n).toBeLessThanOrEqual(MAX_STATEMENTS);
  });
});
