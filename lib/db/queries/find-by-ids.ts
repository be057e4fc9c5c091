import {
  Prisma,
  type Actor,
  type Event,
  type EventParticipant,
  type Mention,
  type Quote,
  type Statement,
} from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { queryRows } from "./query-rows.ts";
import { inList } from "./raw-keyset.ts";
import { rowColumns, type ArticleRow } from "./row-columns.ts";
import { TABLES, type TableName } from "./sql-tables.ts";

// Loader batches run on every request, so they are single raw statements: Prisma's
// query building costs more CPU than these primary-key lookups themselves.

/** Rows in the order of `keys`, null where none exists: the shape DataLoader batch functions return. */
export function inKeyOrder<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

async function byIds<T extends { id: number }>(
  db: Db,
  table: TableName,
  ids: readonly number[],
): Promise<(T | null)[]> {
  const rows = await queryRows<T>(
    db,
    Prisma.sql`SELECT ${rowColumns(table)} FROM ${TABLES[table]} WHERE ${inList(Prisma.sql`"id"`, ids)}`,
  );
  return inKeyOrder(ids, rows, (r) => r.id);
}

async function bySlugs<T extends { slug: string }>(
  db: Db,
  table: TableName,
  slugs: readonly string[],
): Promise<(T | null)[]> {
  const rows = await queryRows<T>(
    db,
    Prisma.sql`SELECT ${rowColumns(table)} FROM ${TABLES[table]} WHERE "slug" IN (${Prisma.join([...slugs])})`,
  );
  return inKeyOrder(slugs, rows, (r) => r.slug);
}

/** Articles by id (without their text: see row-columns.ts), in key order. */
export const findArticlesByIds = (db: Db, ids: readonly number[]) => byIds<ArticleRow>(db, "Article", ids);
/** Actors by id, in key order. */
export const findActorsByIds = (db: Db, ids: readonly number[]) => byIds<Actor>(db, "Actor", ids);
/** Quotes by id, in key order. */
export const findQuotesByIds = (db: Db, ids: readonly number[]) => byIds<Quote>(db, "Quote", ids);
/** Events by id, in key order. */
export const findEventsByIds = (db: Db, ids: readonly number[]) => byIds<Event>(db, "Event", ids);
/** Mentions by id, in key order. */
export const findMentionsByIds = (db: Db, ids: readonly number[]) => byIds<Mention>(db, "Mention", ids);
/** Statements by id, in key order. */
export const findStatementsByIds = (db: Db, ids: readonly number[]) => byIds<Statement>(db, "Statement", ids);
/** Articles by slug (without their text), in key order. */
export const findArticlesBySlugs = (db: Db, slugs: readonly string[]) => bySlugs<ArticleRow>(db, "Article", slugs);

/** The text of articles by id, in key order (null where none exists). */
export async function findArticleBodiesByIds(db: Db, ids: readonly number[]): Promise<(string | null)[]> {
  const rows = await queryRows<{ id: number; body: string }>(
    db,
    Prisma.sql`SELECT "id", "body" FROM ${TABLES.Article} WHERE ${inList(Prisma.sql`"id"`, ids)}`,
  );
  return inKeyOrder(ids, rows, (r) => r.id).map((r) => r?.body ?? null);
}
/** Actors by slug, in key order. */
export const findActorsBySlugs = (db: Db, slugs: readonly string[]) => bySlugs<Actor>(db, "Actor", slugs);

/** Most aliases listed per actor. */
const MAX_ALIASES = 100;

/** Each actor's alias strings (at most 100, oldest first), in key order. */
export async function findAliasesByActorIds(db: Db, ids: readonly number[]): Promise<string[][]> {
  const rows = await queryRows<{ actorId: number; alias: string }>(
    db,
    Prisma.sql`
    SELECT "actorId", "alias" FROM ${TABLES.ActorAlias} WHERE ${inList(Prisma.sql`"actorId"`, ids)} ORDER BY "id"`,
  );
  const by = new Map<number, string[]>();
  for (const r of rows) {
    const list = by.get(r.actorId) ?? [];
    if (list.length < MAX_ALIASES) list.push(r.alias);
    by.set(r.actorId, list);
  }
  return ids.map((id) => by.get(id) ?? []);
}

/** Each actor's number of attributed quotes, in key order. */
export async function countQuotesByActorIds(db: Db, ids: readonly number[]): Promise<number[]> {
  const rows = await queryRows<{ speakerId: number; n: number | bigint }>(
    db,
    Prisma.sql`
    SELECT "speakerId", COUNT(*) AS "n" FROM ${TABLES.Quote} WHERE ${inList(Prisma.sql`"speakerId"`, ids)} GROUP BY "speakerId"`,
  );
  const by = new Map(rows.map((r) => [r.speakerId, Number(r.n)]));
  return ids.map((id) => by.get(id) ?? 0);
}

/** Each event's participants (agents, then targets, then others), in key order. */
export async function findParticipantsByEventIds(db: Db, ids: readonly number[]): Promise<EventParticipant[][]> {
  const rows = await queryRows<EventParticipant>(
    db,
    Prisma.sql`
    SELECT * FROM ${TABLES.EventParticipant} WHERE ${inList(Prisma.sql`"eventId"`, ids)} ORDER BY "eventId", "role", "actorId"`,
  );
  const by = new Map<number, EventParticipant[]>();
  for (const r of rows) by.set(r.eventId, [...(by.get(r.eventId) ?? []), r]);
  return ids.map((id) => by.get(id) ?? []);
}
