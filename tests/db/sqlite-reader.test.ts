import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client.ts";
import { sqliteReaderOf } from "@/lib/db/client.ts";
import { seedCorpus } from "@/tests/graphql/support/fixtures.ts";
import { createTestDb, isPostgres, type TestDb } from "@/tests/support/test-db.ts";

// counts and other expressions come back as bigint from Prisma and as numbers from the reader; callers use Number()
const numbersOnly = (rows: Record<string, unknown>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));

describe.skipIf(isPostgres())("SqliteReader", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedCorpus(t.db);
  });
  afterAll(async () => t.cleanup());

  it.each([
    ["articles with dates", Prisma.sql`SELECT * FROM "Article" ORDER BY "id"`],
    ["quotes with booleans", Prisma.sql`SELECT * FROM "Quote" ORDER BY "id"`],
    [
      "a date through a subquery",
      Prisma.sql`SELECT s.* FROM (SELECT a."id", a."publishedAt" AS "__k" FROM "Article" a) s ORDER BY s."__k" DESC NULLS LAST`,
    ],
    ["counts", Prisma.sql`SELECT "speakerId", COUNT(*) AS "n" FROM "Quote" GROUP BY "speakerId"`],
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
    const viaReader = sqliteReaderOf(t.db)!.all<Record<string, unknown>>(sql.sql, sql.values);
    expect(viaPrisma.length).toBeGreaterThan(0);
    expect(numbersOnly(viaReader)).toEqual(numbersOnly(viaPrisma));
  });

  it("sees a commit of the Prisma connection on the next read", async () => {
    const reader = sqliteReaderOf(t.db)!;
    const count = () => Number(reader.all<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Quote"`, [])[0]!.n);
    const before = count();
    const q = await t.db.quote.findFirstOrThrow();
    await t.db.quote.delete({ where: { id: q.id } });
    expect(count()).toBe(before - 1);
  });

  it("refuses statements that write", () => {
    expect(() => sqliteReaderOf(t.db)!.all(`DELETE FROM "Quote"`, [])).toThrow(/return rows|readonly/i);
  });
});
