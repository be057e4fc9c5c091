import type { DatePrecision } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";

/** Most distinct article dates read for one actor's chart; each is one row, however many quotes it holds. */
export const MAX_QUOTE_DATES = 10_000;

/** How many of an actor's quotes appeared on one publication date (null: undated articles). */
export interface QuoteDateCount {
  date: Date | null;
  precision: DatePrecision | null;
  count: number;
}

/** An actor's quotes counted per publication date of their articles, over all of them (oldest first, at most MAX_QUOTE_DATES articles). */
export async function findQuoteDateCounts(db: Db, actorId: number): Promise<QuoteDateCount[]> {
  const articles = await db.article.findMany({
    where: { quotes: { some: { speakerId: actorId } } },
    select: {
      publishedAt: true,
      publishedPrecision: true,
      _count: { select: { quotes: { where: { speakerId: actorId } } } },
    },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    take: MAX_QUOTE_DATES,
  });
  const byDate = new Map<string, QuoteDateCount>();
  for (const a of articles) {
    const key = `${a.publishedAt?.toISOString() ?? ""}|${a.publishedPrecision ?? ""}`;
    const row = byDate.get(key) ?? { date: a.publishedAt, precision: a.publishedPrecision, count: 0 };
    row.count += a._count.quotes;
    byDate.set(key, row);
  }
  return [...byDate.values()];
}
