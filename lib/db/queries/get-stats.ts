import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { queryRows } from "./query-rows.ts";
import { TABLES } from "./sql-tables.ts";

/** Row counts of the main tables. */
export interface Stats {
  articles: number;
  actors: number;
  quotes: number;
  events: number;
}

/** Counts articles, actors, quotes and events in one statement. */
export async function getStats(db: Db): Promise<Stats> {
  const [row] = await queryRows<Record<keyof Stats, number | bigint>>(
    db,
    Prisma.sql`
    SELECT (SELECT COUNT(*) FROM ${TABLES.Article}) AS "articles", (SELECT COUNT(*) FROM ${TABLES.Actor}) AS "actors",
      (SELECT COUNT(*) FROM ${TABLES.Quote}) AS "quotes", (SELECT COUNT(*) FROM ${TABLES.Event}) AS "events"`,
  );
  return {
    articles: Number(row!.articles),
    actors: Number(row!.actors),
    quotes: Number(row!.quotes),
    events: Number(row!.events),
  };
}
