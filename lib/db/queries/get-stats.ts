import type { Db } from "../client.ts";

/** The tables `stats` counts. */
export type StatsTable = "articles" | "actors" | "quotes" | "events";

/** How many rows one table holds. */
export function countTable(db: Db, table: StatsTable): Promise<number> {
  switch (table) {
    case "articles":
      return db.article.count();
    case "actors":
      return db.actor.count();
    case "quotes":
      return db.quote.count();
    case "events":
      return db.event.count();
  }
}
