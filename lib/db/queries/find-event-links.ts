/**
 * The rows behind quote–event links and cross-article event reports, one bounded
 * statement per loader batch: an article's quotes and events (so the linking rule
 * of lib/extraction/events/link-quotes-to-events.ts can run on them), and the
 * events sharing a cluster key (the same happening as other articles report it).
 */
import { Prisma, type Event, type Quote } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { queryRows } from "./query-rows.ts";
import { inList } from "./raw-keyset.ts";
import { TABLES } from "./sql-tables.ts";

/** Most quotes read per article for linking. */
export const MAX_LINKED_QUOTES_PER_ARTICLE = 500;
/** Most events read per article for linking. */
export const MAX_LINKED_EVENTS_PER_ARTICLE = 200;
/** Most reports of one happening listed. */
export const MAX_EVENT_REPORTS = 50;

function groupBy<T, K>(keys: readonly K[], rows: (T & { linkRank?: unknown })[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  // the rank only bounded the statement (and is a BigInt on PostgreSQL): rows leave without it
  for (const { linkRank: _, ...r } of rows) groups.get(keyOf(r as T))?.push(r as T);
  return keys.map((k) => groups.get(k)!);
}

/** The quotes of each article (in text order, at most MAX_LINKED_QUOTES_PER_ARTICLE each), in key order. */
export async function findQuotesOfArticles(db: Db, articleIds: readonly number[]): Promise<Quote[][]> {
  const rows = await queryRows<Quote>(
    db,
    Prisma.sql`SELECT * FROM (SELECT q.*, ROW_NUMBER() OVER (PARTITION BY q."articleId" ORDER BY q."start", q."id") AS "linkRank" FROM ${TABLES.Quote} q WHERE ${inList(Prisma.sql`q."articleId"`, articleIds)}) t WHERE t."linkRank" <= ${MAX_LINKED_QUOTES_PER_ARTICLE} ORDER BY t."articleId", t."start", t."id"`,
  );
  return groupBy(articleIds, rows, (r) => r.articleId);
}

/** The events of each article (in id order, at most MAX_LINKED_EVENTS_PER_ARTICLE each), in key order. */
export async function findEventsOfArticles(db: Db, articleIds: readonly number[]): Promise<Event[][]> {
  const rows = await queryRows<Event>(
    db,
    Prisma.sql`SELECT * FROM (SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e."articleId" ORDER BY e."id") AS "linkRank" FROM ${TABLES.Event} e WHERE ${inList(Prisma.sql`e."articleId"`, articleIds)}) t WHERE t."linkRank" <= ${MAX_LINKED_EVENTS_PER_ARTICLE} ORDER BY t."articleId", t."id"`,
  );
  return groupBy(articleIds, rows, (r) => r.articleId);
}

/** The events of each cluster key, oldest first (by event date, then id; at most MAX_EVENT_REPORTS each), in key order. */
export async function findEventsOfClusters(db: Db, clusterKeys: readonly string[]): Promise<Event[][]> {
  if (!clusterKeys.length) return [];
  const rows = await queryRows<Event>(
    db,
    Prisma.sql`SELECT * FROM (SELECT e.*, ROW_NUMBER() OVER (PARTITION BY e."clusterKey" ORDER BY e."id") AS "linkRank" FROM ${TABLES.Event} e WHERE e."clusterKey" IN (${Prisma.join([...clusterKeys])})) t WHERE t."linkRank" <= ${MAX_EVENT_REPORTS} ORDER BY t."clusterKey", t."id"`,
  );
  return groupBy(clusterKeys, rows, (r) => r.clusterKey);
}
