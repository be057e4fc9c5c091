/**
 * The DataLoaders of one request: every lookup by id, slug or parent goes through
 * one of these, so a nested query costs a bounded number of statements.
 */
import DataLoader from "dataloader";
import type { Db } from "@/lib/db/client.ts";
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

/** Wraps a batch function; the request's deadline guard is one of these. */
type Guard = <K, V>(batch: (keys: readonly K[]) => Promise<V[]>) => (keys: readonly K[]) => Promise<V[]>;

/**
 * A guard that makes every batch fail fast, before its statement, once `deadline` has passed: a
 * timed-out operation stops issuing statements instead of finishing in the background.
 */
function deadlineGuard(deadline: number): Guard {
  if (!Number.isFinite(deadline)) return (batch) => batch;
  return (batch) => (keys) =>
    Date.now() > deadline ? Promise.reject(apiError("TIMEOUT", TIMEOUT_MESSAGE)) : batch(keys);
}

function joinOf(list: ChildList, name: string) {
  const join = CHILD_JOINS[list][name];
  if (!join) throw new Error(`the nested list ${list} has no join "${name}"`);
  return join;
}

function childPageLoader(db: Db, list: ChildList, guard: Guard) {
  return new DataLoader<ChildPageKey, ChildPage, string>(
    guard(async (keys: readonly ChildPageKey[]) => {
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
    }),
    { cacheKeyFn: (k) => `${k.parentId}|${pageKey(k.page, k.withTotal, k.joins)}` },
  );
}

function childCountLoader(db: Db, list: ChildList, guard: Guard) {
  return new DataLoader<number, number>(
    guard(async (ids: readonly number[]) => {
      const counts = await countChildren(db, CHILD_LISTS[list], [...ids]);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  );
}

/** A fresh set of loaders; create one per request so no data leaks between requests. */
export function createLoaders(db: Db, deadline = Number.POSITIVE_INFINITY) {
  const guard = deadlineGuard(deadline);
  const childPages = new Map<ChildList, ReturnType<typeof childPageLoader>>();
  const childCounts = new Map<ChildList, ReturnType<typeof childCountLoader>>();
  return {
    article: new DataLoader(guard((ids: readonly number[]) => byIds.findArticlesByIds(db, ids))),
    /** An article's text, read only when a field needs it (article rows leave it out). */
    articleBody: new DataLoader(guard((ids: readonly number[]) => byIds.findArticleBodiesByIds(db, ids))),
    actor: new DataLoader(guard((ids: readonly number[]) => byIds.findActorsByIds(db, ids))),
    quote: new DataLoader(guard((ids: readonly number[]) => byIds.findQuotesByIds(db, ids))),
    statement: new DataLoader(guard((ids: readonly number[]) => byIds.findStatementsByIds(db, ids))),
    event: new DataLoader(guard((ids: readonly number[]) => byIds.findEventsByIds(db, ids))),
    mention: new DataLoader(guard((ids: readonly number[]) => byIds.findMentionsByIds(db, ids))),
    articleBySlug: new DataLoader(guard((slugs: readonly string[]) => byIds.findArticlesBySlugs(db, slugs))),
    actorBySlug: new DataLoader(guard((slugs: readonly string[]) => byIds.findActorsBySlugs(db, slugs))),
    aliases: new DataLoader(guard((ids: readonly number[]) => byIds.findAliasesByActorIds(db, ids))),
    quoteCount: new DataLoader(guard((ids: readonly number[]) => byIds.countQuotesByActorIds(db, ids))),
    seenRange: new DataLoader(guard((ids: readonly number[]) => findSeenRanges(db, ids))),
    participants: new DataLoader(guard((ids: readonly number[]) => byIds.findParticipantsByEventIds(db, ids))),
    /** An article's quotes and events, for linking quotes to the events they speak about. */
    articleQuotesForLinks: new DataLoader(guard((ids: readonly number[]) => findQuotesOfArticles(db, ids))),
    articleEventsForLinks: new DataLoader(guard((ids: readonly number[]) => findEventsOfArticles(db, ids))),
    /** The events of one cluster key: one happening as every article reports it. */
    clusterEvents: new DataLoader(guard((keys: readonly string[]) => findEventsOfClusters(db, keys))),
    /** The page loader of a nested list, made on first use. */
    childPage(list: ChildList) {
      if (!childPages.has(list)) childPages.set(list, childPageLoader(db, list, guard));
      return childPages.get(list)!;
    },
    /** The count loader of a nested list, made on first use. */
    childCount(list: ChildList) {
      if (!childCounts.has(list)) childCounts.set(list, childCountLoader(db, list, guard));
      return childCounts.get(list)!;
    },
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
