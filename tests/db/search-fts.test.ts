import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteArticle } from "@/lib/db/mutations/delete-article.ts";
import { mergeActors } from "@/lib/db/mutations/merge-actors.ts";
import { findActorIdsByName } from "@/lib/db/queries/find-actor-ids-by-name.ts";
import { searchAll } from "@/lib/db/queries/search-all.ts";
import { TABLES } from "@/lib/db/queries/sql-tables.ts";
import { TEXT_INDEXES } from "@/lib/db/search/text-index.ts";
import { saveFixture } from "@/tests/graphql/support/fixtures.ts";
import { createTestDb, isPostgres, type TestDb } from "@/tests/support/test-db.ts";

/** The texts each search finds, per type. */
async function found(t: TestDb, q: string) {
  const r = await searchAll(t.db, q, 10);
  return {
    actors: r.actors.map((a) => a.name),
    quotes: r.quotes.map((x) => x.text),
    articles: r.articles.map((a) => a.title),
  };
}

describe("full-text search indexes", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.cleanup());

  it.runIf(!isPostgres())(
    "has an FTS5 table with insert, delete and update triggers for each indexed column",
    async () => {
      const names = (
        await t.db.$queryRawUnsafe<{ name: string }[]>(
          `SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name`,
        )
      ).map((r) => r.name);
      for (const ix of Object.values(TEXT_INDEXES))
        expect(names).toEqual(
          expect.arrayContaining([ix.fts, `${ix.fts}_insert`, `${ix.fts}_delete`, `${ix.fts}_update`]),
        );
    },
  );

  it("follows the writes: save, re-save with changes, plain SQL updates, merges and deletes", async () => {
    const first = await saveFixture(t.db, {
      title: "Harbour works begin at Kestrel Bay",
      publisher: "Sync Test",
      publishedAt: "2020-01-02",
      quotes: [["khan", "The harbour crane arrived"]],
    });
    expect(await found(t, "kestrel harbour")).toEqual({
      actors: [],
      quotes: [],
      articles: ["Harbour works begin at Kestrel Bay"],
    });
    expect((await found(t, "crane")).quotes).toEqual(["The harbour crane arrived"]);
    expect((await found(t, "omar kh")).actors).toEqual(["Omar Khan"]);

    // the same article with its quotes changed: old quote rows go, new ones come
    await saveFixture(t.db, {
      title: "Harbour works begin at Kestrel Bay",
      publisher: "Sync Test",
      publishedAt: "2020-01-02",
      quotes: [["khan", "The harbour dredger arrived"]],
    });
    expect((await found(t, "crane")).quotes).toEqual([]);
    expect((await found(t, "dredger")).quotes).toEqual(["The harbour dredger arrived"]);

    // writers that bypass Prisma (plain SQL) are followed too
    const tb = TABLES;
    await t.db
      .$executeRaw`UPDATE ${tb.Quote} SET "text" = 'The harbour tug arrived', "textNorm" = 'the harbour tug arrived' WHERE "textNorm" = 'the harbour dredger arrived'`;
    expect((await found(t, "dredger")).quotes).toEqual([]);
    expect((await found(t, "tug")).quotes).toEqual(["The harbour tug arrived"]);
    await t.db
      .$executeRaw`UPDATE ${tb.Actor} SET "name" = 'Omar Khanzada', "nameNorm" = 'omar khanzada' WHERE "nameNorm" = 'omar khan'`;
    expect((await found(t, "khanz")).actors).toEqual(["Omar Khanzada"]);
    expect(await findActorIdsByName(t.db, "omar khanzada")).toHaveLength(1);

    // a merge moves aliases and deletes the source actor
    const second = await saveFixture(t.db, {
      title: "Pilot boats return to Kestrel Bay",
      publisher: "Sync Test",
      publishedAt: "2020-02-03",
      quotes: [["lopez", "The pilots are back"]],
    });
    const lopez = await t.db.actor.findFirstOrThrow({ where: { nameNorm: "lucia lopez" } });
    const khan = await t.db.actor.findFirstOrThrow({ where: { nameNorm: "omar khanzada" } });
    await mergeActors(t.db, lopez.id, khan.id);
    // the source's name and aliases are now the target's aliases; the source row is gone from the index
    expect((await found(t, "lucia")).actors).toEqual(["Omar Khanzada"]);
    expect((await found(t, "ms lopez")).actors).toEqual(["Omar Khanzada"]);

    // deleting an article cascades to its quotes, and the index forgets them
    await deleteArticle(t.db, first.articleId);
    expect(await found(t, "harbour")).toEqual({ actors: [], quotes: [], articles: [] });
    expect((await found(t, "kestrel")).articles).toEqual(["Pilot boats return to Kestrel Bay"]);
    await deleteArticle(t.db, second.articleId);
    expect((await found(t, "pilot")).quotes).toEqual([]);

    if (t.provider === "sqlite") {
      // FTS5's own check that each index matches its table exactly
      for (const ix of Object.values(TEXT_INDEXES))
        await t.db.$executeRawUnsafe(`INSERT INTO "${ix.fts}"("${ix.fts}", rank) VALUES ('integrity-check', 1)`);
    }
  });
});
