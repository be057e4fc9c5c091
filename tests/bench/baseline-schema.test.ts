import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBaselineSchema, partialDate, runBaseline, storedPeriodBound } from "@/bench/baseline/schema.ts";
import { prepareStatements, type Statements } from "@/bench/baseline/statements.ts";
import { generateCorpus } from "@/bench/generate-corpus.ts";
import { firstDifference } from "@/bench/lib/compare.ts";
import { MIX_KINDS, mixRequest } from "@/bench/lib/graphql-mix.ts";
import { readMixParams, type MixParams } from "@/bench/lib/sample-params.ts";
import { runOperation } from "@/graphql/execute.ts";
import { sqlitePath } from "@/lib/db/client.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import { createTestDb, isPostgres, type TestDb } from "@/tests/support/test-db.ts";

describe("baseline helpers", () => {
  it.each([
    ["2018-03-15T00:00:00.000+00:00", "DAY", "2018-03-15"],
    ["2018-03-01T00:00:00.000+00:00", "MONTH", "2018-03"],
    ["2018-01-01T00:00:00.000+00:00", "YEAR", "2018"],
    [null, "DAY", null],
  ])("formats stored %s at precision %s as %s", (stored, precision, expected) => {
    expect(partialDate(stored, precision)).toBe(expected);
  });

  it.each([
    ["2018", false, "2018-01-01T00:00:00.000+00:00"],
    ["2018", true, "2019-01-01T00:00:00.000+00:00"],
    ["2018-12", true, "2019-01-01T00:00:00.000+00:00"],
    ["2018-02-28", true, "2018-03-01T00:00:00.000+00:00"],
  ])("bounds the period %s (after: %s) at %s", (partial, after, expected) => {
    expect(storedPeriodBound(partial, after)).toBe(expected);
  });
});

// the baseline reads SQLite files only, so these run on SQLite alone
describe.skipIf(isPostgres())("baseline schema", () => {
  let t: TestDb;
  let reader: Database.Database;
  let st: Statements;
  let params: MixParams;
  const schema = createBaselineSchema();
  const baseline = (query: string, variables: Record<string, unknown>) => runBaseline(schema, st, query, variables);

  beforeAll(async () => {
    t = await createTestDb();
    await ingestRecords(t.db, generateCorpus(12));
    reader = new Database(sqlitePath(t.url), { readonly: true });
    st = prepareStatements(reader);
    params = readMixParams(sqlitePath(t.url));
  });

  afterAll(async () => {
    reader?.close();
    await t?.cleanup();
  });

  it("answers an actor lookup by slug from the database when the actor exists", async () => {
    const slug = params.actorSlugs[0]!;
    const name = reader.prepare(`SELECT "name" FROM "Actor" WHERE "slug" = ?`).pluck().get(slug) as string;
    const result = await baseline("query($slug: String!) { actor(slug: $slug) { slug name } }", { slug });
    expect(result).toEqual({ data: { actor: { slug, name } } });
  });

  it("answers null when no actor has the slug", async () => {
    expect((await baseline(`{ actor(slug: "no-such-actor") { name } }`, {})).data).toEqual({ actor: null });
  });

  // three requests of each kind, with different parameters
  it.each(Array.from({ length: MIX_KINDS.length * 3 }, (_, i) => i))(
    "answers mix request %i as the app does when both read the same database",
    async (i) => {
      const req = mixRequest(params, i);
      const ours = await baseline(req.query, req.variables);
      expect(ours.errors).toBeUndefined();
      const app = await runOperation(req.query, req.variables, { db: t.db, apiToken: null });
      expect(firstDifference(app, ours.data)).toBeNull();
    },
  );
});
