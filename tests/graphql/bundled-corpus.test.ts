/** What a reader finds on the bundled corpus (corpus/): searches and related actors from the issue, results by name only. */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "@/lib/ingest/ingest-files.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";
import { executor, ok } from "./support/exec.ts";

const Q = `query($q: String!) { search(query: $q, limit: 20) {
  actors { name } quotes { text speaker { name } } articles { displayTitle } didYouMean } }`;

describe("search on the bundled corpus", () => {
  let t: TestDb;
  let run: ReturnType<typeof executor>;
  let articleCount = 0;
  beforeAll(async () => {
    t = await createTestDb();
    const { counts } = await ingestPaths(t.db, [path.resolve(import.meta.dirname, "../../corpus")]);
    articleCount = counts.new;
    run = executor(t.db);
  }, 120_000);
  afterAll(async () => t.cleanup());

  const search = async (q: string) => ok(await run<any>(Q, { q })).search;

  it("finds the articles whose bodies speak of peace talks, not only titles", async () => {
    const r = await search("peace talks");
    expect(articleCount).toBe(5);
    expect(r.articles.length).toBeGreaterThanOrEqual(3);
    expect(r.didYouMean).toBeNull();
  });

  it("finds Atmar as an actor, with his quotes and the articles naming him", async () => {
    const r = await search("Atmar");
    expect(r.actors.map((a: any) => a.name)).toEqual([expect.stringMatching(/Atmar/)]);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.quotes.every((q: any) => /Atmar/.test(q.speaker?.name ?? "") || /atmar/i.test(q.text))).toBe(true);
    expect(r.articles.length).toBeGreaterThan(0);
  });

  it("suggests Khalilzad for Khalilzd", async () => {
    const r = await search("Khalilzd");
    expect(r.didYouMean).toBe("Khalilzad");
    const fixed = await search(r.didYouMean);
    expect(fixed.actors.map((a: any) => a.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Khalilzad/)]));
  });

  it("ranks the Taliban, the Haqqani Network and Pakistan among Atmar's first related actors, with counts", async () => {
    const r = ok(
      await run<any>(
        `{ actors(search: "Atmar") { nodes { relatedActors(first: 12) { edges { sharedArticles sharedQuotes node { name } } } } } }`,
      ),
    );
    const edges = r.actors.nodes[0].relatedActors.edges;
    expect(edges.map((e: any) => e.node.name)).toEqual(
      expect.arrayContaining(["Taliban", "Haqqani Network", "Pakistan"]),
    );
    expect(edges.every((e: any) => e.sharedArticles >= 1 && e.sharedQuotes >= 0)).toBe(true);
  });
});
