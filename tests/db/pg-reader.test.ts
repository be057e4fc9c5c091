import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client.ts";
import { pgReaderOf, sqliteReaderOf } from "@/lib/db/client.ts";
import { seedCorpus } from "@/tests/graphql/support/fixtures.ts";
import { createTestDb, isPostgres, type TestDb } from "@/tests/support/test-db.ts";

describe.runIf(isPostgres())("PgReader", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
  });
  afterAll(async () => t.cleanup());

  it("is there on PostgreSQL only", () => {
    expect(pgReaderOf(t.db)).not.toBeNull();
    expect(sqliteReaderOf(t.db)).toBeNull();
  });

  it.each([
    ["articles with dates", Prisma.sql`SELECT * FROM "Article" ORDER BY "id"`],
    ["quotes with booleans and enums", Prisma.sql`SELECT * FROM "Quote" ORDER BY "id"`],
    [
      "a date through a subquery",
      Prisma.sql`SELECT s.* FROM (SELECT a."id", a."publishedAt" AS "__k" FROM "Article" a) s ORDER BY s."__k" DESC NULLS LAST, s."id"`,
    ],
    ["counts", Prisma.sql`SELECT "speakerId", COUNT(*) AS "n" FROM "Quote" GROUP BY "speakerId" ORDER BY "speakerId"`],
    [
      "a date parameter",
      Prisma.sql`SELECT "id" FROM "Article" WHERE "publishedAt" >= ${new Date("2000-01-01T00:00:00Z")} ORDER BY "id"`,
    ],
    [
      "events",
      Prisma.sql`SELECT * FROM "Event" e JOIN "EventParticipant" p ON p."eventId" = e."id" ORDER BY e."id", p."actorId"`,
    ],
  ])("reads %s exactly as $queryRaw does", async (_name, sql) => {
    const viaPrisma = await t.db.$queryRaw<Record<string, unknown>[]>(sql);
    const viaReader = await pgReaderOf(t.db)!.all<Record<string, unknown>>(sql.text, sql.values);
    expect(viaPrisma.length).toBeGreaterThan(0);
    expect(viaReader).toEqual(viaPrisma);
  });

  it("runs the same text again as the same prepared statement, with other values", async () => {
    const reader = pgReaderOf(t.db)!;
    const sql = (id: number) => Prisma.sql`SELECT "id" FROM "Article" WHERE "id" = ${id}`;
    const [first] = await t.db.article.findMany({ orderBy: { id: "asc" }, take: 1 });
    expect(await reader.all(sql(first!.id).text, sql(first!.id).values)).toEqual([{ id: first!.id }]);
    expect(await reader.all(sql(-1).text, sql(-1).values)).toEqual([]);
  });

  it("sees a commit of the Prisma connection on the next read", async () => {
    const reader = pgReaderOf(t.db)!;
    const count = async () =>
      Number((await reader.all<{ n: bigint }>(`SELECT COUNT(*) AS "n" FROM "Quote"`, []))[0]!.n);
    const before = await count();
    const q = await t.db.quote.findFirstOrThrow();
    await t.db.quote.delete({ where: { id: q.id } });
    expect(await count()).toBe(before - 1);
  });

  it("reports a bad statement with PostgreSQL's message", async () => {
    await expect(pgReaderOf(t.db)!.all(`SELECT "noSuchColumn" FROM "Quote"`, [])).rejects.toThrow(/noSuchColumn/);
  });
});
