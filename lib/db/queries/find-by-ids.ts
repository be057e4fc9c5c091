import type { Actor, Article, Event, EventParticipant, Mention, Quote } from "../../../generated/sqlite/client.ts";
import type { Db } from "../client.ts";

/** Rows in the order of `ids`, null where none exists: the shape DataLoader batch functions return. */
export function inKeyOrder<T extends { id: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Articles by id, in key order. */
export async function findArticlesByIds(db: Db, ids: readonly number[]): Promise<(Article | null)[]> {
  return inKeyOrder(ids, await db.article.findMany({ where: { id: { in: [...ids] } } }));
}

/** Actors by id, in key order. */
export async function findActorsByIds(db: Db, ids: readonly number[]): Promise<(Actor | null)[]> {
  return inKeyOrder(ids, await db.actor.findMany({ where: { id: { in: [...ids] } } }));
}

/** Quotes by id, in key order. */
export async function findQuotesByIds(db: Db, ids: readonly number[]): Promise<(Quote | null)[]> {
  return inKeyOrder(ids, await db.quote.findMany({ where: { id: { in: [...ids] } } }));
}

/** Events by id, in key order. */
export async function findEventsByIds(db: Db, ids: readonly number[]): Promise<(Event | null)[]> {
  return inKeyOrder(ids, await db.event.findMany({ where: { id: { in: [...ids] } } }));
}

/** Mentions by id, in key order. */
export async function findMentionsByIds(db: Db, ids: readonly number[]): Promise<(Mention | null)[]> {
  return inKeyOrder(ids, await db.mention.findMany({ where: { id: { in: [...ids] } } }));
}

/** Articles by slug, in key order. */
export async function findArticlesBySlugs(db: Db, slugs: readonly string[]): Promise<(Article | null)[]> {
  const rows = await db.article.findMany({ where: { slug: { in: [...slugs] } } });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.map((s) => bySlug.get(s) ?? null);
}

/** Actors by slug, in key order. */
export async function findActorsBySlugs(db: Db, slugs: readonly string[]): Promise<(Actor | null)[]> {
  const rows = await db.actor.findMany({ where: { slug: { in: [...slugs] } } });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.map((s) => bySlug.get(s) ?? null);
}

/** Each actor's alias strings (bounded per actor), in key order. */
export async function findAliasesByActorIds(db: Db, ids: readonly number[]): Promise<string[][]> {
  const rows = await db.actorAlias.findMany({ where: { actorId: { in: [...ids] } }, select: { actorId: true, alias: true }, orderBy: { id: "asc" }, take: 100 * ids.length });
  const by = new Map<number, string[]>();
  for (const r of rows) {
    const list = by.get(r.actorId) ?? [];
    if (list.length < 100) list.push(r.alias);
    by.set(r.actorId, list);
  }
  return ids.map((id) => by.get(id) ?? []);
}

/** Each actor's number of attributed quotes, in key order. */
export async function countQuotesByActorIds(db: Db, ids: readonly number[]): Promise<number[]> {
  const rows = await db.quote.groupBy({ by: ["speakerId"], where: { speakerId: { in: [...ids] } }, _count: { _all: true } });
  const by = new Map(rows.map((r) => [r.speakerId, r._count._all]));
  return ids.map((id) => by.get(id) ?? 0);
}

/** Each event's participants, in key order. */
export async function findParticipantsByEventIds(db: Db, ids: readonly number[]): Promise<EventParticipant[][]> {
  const rows = await db.eventParticipant.findMany({ where: { eventId: { in: [...ids] } }, orderBy: [{ eventId: "asc" }, { role: "asc" }, { actorId: "asc" }] });
  const by = new Map<number, EventParticipant[]>();
  for (const r of rows) by.set(r.eventId, [...(by.get(r.eventId) ?? []), r]);
  return ids.map((id) => by.get(id) ?? []);
}
