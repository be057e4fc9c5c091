/**
 * The DataLoaders of one request: every lookup by id, slug or parent goes through
 * one of these, so a nested query costs a bounded number of statements.
 */
import DataLoader from "dataloader";
import { PG_READER, pgReaderOf, SQLITE_READER, sqliteReaderOf, type Db } from "@/lib/db/client.ts";
import * as byIds from "@/lib/db/queries/find-by-ids.ts";
import {
  CHILD_DESC,
  CHILD_JOINS,
  CHILD_LISTS,
  CHILD_TABLES,
  countChildren,
  findChildPages,
  type ChildPage,
} from "@/lib/db/queries/find-child-pages.ts";
import { findEventsOfArticles, findEventsOfClusters, findQuotesOfArticles } from "@/lib/db/queries/find-event-links.ts";
import { findSeenRanges } from "@/lib/db/queries/find-seen-range.ts";
import type { PageRequest } from "@/lib/db/queries/page-request.ts";
import { apiError } from "./errors.ts";
import { TIMEOUT_MESSAGE } from "./timeout.ts";

/** A nested list name (an actor's quotes, an article's mentions…). */
export type ChildList = keyof typeof CHILD_LISTS;

/** One parent's page of a nested list. */
export interface ChildPageKey {
  parentId: number;
  page: PageRequest;
  /** Whether the parent's child count is wanted (totalCount asked for); default true. */
  withTotal?: boolean;
  /** Names of the list's joins (CHILD_JOINS) whose rows to read along; default none. */
  joins?: readonly string[];
}

function pageKey(p: PageRequest, withTotal = true, joins: readonly string[] = []): string {
  return JSON.stringify([p.limit, p.backward, p.after, p.before, withTotal, joins]);
}

function guardDb(db: Db, deadline: number): Db {
  if (!Number.isFinite(deadline)) return db;
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "$queryRaw" && Date.now() > deadline)
        return () => Promise.reject(apiError("TIMEOUT", TIMEOUT_MESSAGE));
      // past the deadline no SQLite reader either: reads fall back to the refusing $queryRaw
      if (prop === SQLITE_READER) return Date.now() > deadline ? null : sqliteReaderOf(target);
      if (prop === PG_READER) return Date.now() > deadline ? null : pgReaderOf(target);
      return Reflect.get(target, prop, receiver);
    },
  });
}

function joinOf(list: ChildList, name: string) {
  const join = CHILD_JOINS[list][name];
  if (!join) throw new Error(`the nested list ${list} has no join "${name}"`);
  return join;
}

function childPageLoader(db: Db, list: ChildList) {
  return new DataLoader<ChildPageKey, ChildPage, string>(
    async (keys) => {
      // parents asking for the same slice share one windowed statement
      const groups = new Map<
        string,
        { page: PageRequest; withTotal: boolean; joins: readonly string[]; parents: Set<number> }
      >();
      for (const k of keys) {
        const key = pageKey(k.page, k.withTotal, k.joins);
        const g = groups.get(key) ?? {
          page: k.page,
          withTotal: k.withTotal ?? true,
          joins: k.joins ?? [],
          parents: new Set<number>(),
        };
        g.parents.add(k.parentId);
        groups.set(key, g);
      }
      const results = new Map<string, Map<number, ChildPage>>();
      await Promise.all(
        [...groups].map(async ([key, g]) =>
          results.set(
            key,
            await findChildPages(
              db,
              CHILD_LISTS[list],
              [...g.parents],
              CHILD_DESC[list],
              g.page,
              g.withTotal,
              CHILD_TABLES[list],
              g.joins.map((name) => joinOf(list, name)),
            ),
          ),
        ),
      );
      return keys.map((k) => results.get(pageKey(k.page, k.withTotal, k.joins))!.get(k.parentId)!);
    },
    { cacheKeyFn: (k) => `${k.parentId}|${pageKey(k.page, k.withTotal, k.joins)}` },
  );
}

function childCountLoader(db: Db, list: ChildList) {
  return new DataLoader<number, number>(async (ids) => {
    const counts = await countChildren(db, CHILD_LISTS[list], [...ids]);
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** A fresh set of loaders; create one per request so no data leaks between requests. */
export function createLoaders(rawDb: Db, deadline = Number.POSITIVE_INFINITY) {
  // past the request's deadline every further batch fails fast, so a timed-out
  // operation stops issuing statements instead of finishing in the background
  const db = guardDb(rawDb, deadline);
  const childPages = new Map<ChildList, ReturnType<typeof childPageLoader>>();
  const childCounts = new Map<ChildList, ReturnType<typeof childCountLoader>>();
  return {
    article: new DataLoader((ids: readonly number[]) => byIds.findArticlesByIds(db, ids)),
    /** An article's text, read only when a field needs it (article rows leave it out). */
    articleBody: new DataLoader((ids: readonly number[]) => byIds.findArticleBodiesByIds(db, ids)),
    actor: new DataLoader((ids: readonly number[]) => byIds.findActorsByIds(db, ids)),
    quote: new DataLoader((ids: readonly number[]) => byIds.findQuotesByIds(db, ids)),
    statement: new DataLoader((ids: readonly number[]) => byIds.findStatementsByIds(db, ids)),
    event: new DataLoader((ids: readonly number[]) => byIds.findEventsByIds(db, ids)),
    mention: new DataLoader((ids: readonly number[]) => byIds.findMentionsByIds(db, ids)),
    articleBySlug: new DataLoader((slugs: readonly string[]) => byIds.findArticlesBySlugs(db, slugs)),
    actorBySlug: new DataLoader((slugs: readonly string[]) => byIds.findActorsBySlugs(db, slugs)),
    aliases: new DataLoader((ids: readonly number[]) => byIds.findAliasesByActorIds(db, ids)),
    quoteCount: new DataLoader((ids: readonly number[]) => byIds.countQuotesByActorIds(db, ids)),
    seenRange: new DataLoader((ids: readonly number[]) => findSeenRanges(db, ids)),
    participants: new DataLoader((ids: readonly number[]) => byIds.findParticipantsByEventIds(db, ids)),
    /** An article's quotes and events, for linking quotes to the events they speak about. */
    articleQuotesForLinks: new DataLoader((ids: readonly number[]) => findQuotesOfArticles(db, ids)),
    articleEventsForLinks: new DataLoader((ids: readonly number[]) => findEventsOfArticles(db, ids)),
    /** The events of one cluster key: one happening as every article reports it. */
    clusterEvents: new DataLoader((keys: readonly string[]) => findEventsOfClusters(db, keys)),
    /** The page loader of a nested list, made on first use. */
    childPage(list: ChildList) {
      if (!childPages.has(list)) childPages.set(list, childPageLoader(db, list));
      return childPages.get(list)!;
    },
    /** The count loader of a nested list, made on first use. */
    childCount(list: ChildList) {
      if (!childCounts.has(list)) childCounts.set(list, childCountLoader(db, list));
      return childCounts.get(list)!;
    },
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
