import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHILD_LISTS,
  countChildren,
  decodeRelatedKey,
  findChildPages,
  RELATED_ACTORS_ARTICLES,
  RELATED_KEY,
} from "@/lib/db/queries/find-child-pages.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

// An actor mentioned in more articles than the bound: related actors are counted over
// its latest-ingested RELATED_ACTORS_ARTICLES articles only, so the query stays bounded.
describe("related actors", () => {
  let t: TestDb;
  const id: Record<string, number> = {};
  let articleIds: number[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    for (const name of ["Focus Person", "Old Partner", "Recent Partner", "Small Actor"]) {
      const a = await t.db.actor.create({
        data: { name, nameNorm: name.toLowerCase(), slug: name.toLowerCase().replace(" ", "-"), type: "PERSON" },
      });
      id[name] = a.id;
    }
    const n = RELATED_ACTORS_ARTICLES + 1;
    await t.db.article.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        slug: `a-${i}`,
        sourceKey: `s-${i}`,
        contentHash: `h-${i}`,
        body: "Body.",
        wordCount: 1,
        extractorVersion: "1",
      })),
    });
    articleIds = (await t.db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
    const mention = (articleId: number, actorId: number) => ({
      articleId,
      actorId,
      start: 0,
      end: 4,
      text: "Body",
      form: "NAME",
    });
    const [oldest, newest] = [articleIds[0]!, articleIds.at(-1)!];
    await t.db.mention.createMany({
      data: [
        ...articleIds.flatMap((a) => [mention(a, id["Focus Person"]!), mention(a, id["Focus Person"]!)]),
        mention(oldest, id["Old Partner"]!),
        mention(oldest, id["Recent Partner"]!),
        mention(newest, id["Recent Partner"]!),
        mention(oldest, id["Small Actor"]!),
      ],
    });
  });
  afterAll(async () => t.cleanup());

  it("counts shared articles among the actor's latest-ingested ones only", async () => {
    const focus = id["Focus Person"]!;
    const pages = await findChildPages(t.db, CHILD_LISTS.relatedActors, [focus], true, {
      limit: 10,
      backward: false,
      after: null,
      before: null,
    });
    // the recent partner shares one article in the window (the oldest one is outside it); the old partner none
    // the key: one shared article, no shared quote, named once in it
    expect(
      pages
        .get(focus)!
        .rows.map((r) => [r.row, decodeRelatedKey(Number(r.key.k)), Number(r.key.k) % RELATED_KEY.quotes]),
    ).toEqual([[id["Recent Partner"], { sharedArticles: 1, sharedQuotes: 0 }, 1]]);
    expect((await countChildren(t.db, CHILD_LISTS.relatedActors, [focus])).get(focus)).toBe(1);
  });

  it("counts every article of an actor below the bound, several actors in one statement", async () => {
    const [small, old] = [id["Small Actor"]!, id["Old Partner"]!];
    const counts = await countChildren(t.db, CHILD_LISTS.relatedActors, [small, old]);
    // both share the oldest article with the focus person, the recent partner and each other
    expect(counts.get(small)).toBe(3);
    expect(counts.get(old)).toBe(3);
  });
});
