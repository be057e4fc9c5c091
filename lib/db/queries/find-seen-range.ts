import { Prisma, type DatePrecision } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { queryRows } from "./query-rows.ts";
import { TABLES } from "./sql-tables.ts";

/** A dated appearance: an article's publication date and its precision. */
export interface Seen {
  date: Date;
  precision: DatePrecision | null;
}

/** When each actor was first and last mentioned (by article publication date), in key order. */
export async function findSeenRanges(
  db: Db,
  ids: readonly number[],
): Promise<{ first: Seen | null; last: Seen | null }[]> {
  const rows = await queryRows<{
    actorId: number | bigint;
    d: Date | string;
    pr: DatePrecision | null;
    rf: number | bigint;
    rl: number | bigint;
  }>(
    db,
    Prisma.sql`
    SELECT y."actorId", y."d", y."pr", y."rf", y."rl" FROM (
      SELECT m."actorId", a."publishedAt" AS "d", a."publishedPrecision" AS "pr",
        ROW_NUMBER() OVER (PARTITION BY m."actorId" ORDER BY a."publishedAt" ASC, a."id" ASC) AS "rf",
        ROW_NUMBER() OVER (PARTITION BY m."actorId" ORDER BY a."publishedAt" DESC, a."id" DESC) AS "rl"
      FROM (SELECT DISTINCT "actorId", "articleId" FROM ${TABLES.Mention} WHERE "actorId" IN (${Prisma.join([...ids])})) m
      JOIN ${TABLES.Article} a ON a."id" = m."articleId" WHERE a."publishedAt" IS NOT NULL
    ) y WHERE y."rf" = 1 OR y."rl" = 1`,
  );
  const out = new Map<number, { first: Seen | null; last: Seen | null }>();
  for (const r of rows) {
    const id = Number(r.actorId);
    const entry = out.get(id) ?? { first: null, last: null };
    const seen = { date: r.d instanceof Date ? r.d : new Date(r.d), precision: r.pr };
    if (Number(r.rf) === 1) entry.first = seen;
    if (Number(r.rl) === 1) entry.last = seen;
    out.set(id, entry);
  }
  return ids.map((id) => out.get(id) ?? { first: null, last: null });
}
