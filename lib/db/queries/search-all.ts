import { type Actor, type Quote, Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import {
  asPhrase,
  isSameQuery,
  parseSearchQuery,
  withoutLeading,
  type SearchQuery,
} from "@/lib/db/search/parse-search-query.ts";
import { aliasActorIdsSql, matchingIdsSql, TEXT_INDEXES, type TextIndex } from "@/lib/db/search/text-index.ts";
import { exactActorIdsSql, isHonorificWord, nameKeys } from "./find-actor-ids-by-name.ts";
import { findActorsByIds, findArticlesByIds, findQuotesByIds } from "./find-by-ids.ts";
import { queryRows } from "./query-rows.ts";
import type { ArticleRow } from "./row-columns.ts";
import { TABLES } from "./sql-tables.ts";

/** Hits of one search, by type. */
export interface SearchHits {
  actors: Actor[];
  quotes: Quote[];
  articles: ArticleRow[];
}

/** Name hits and alias hits (each) whose actors' quotes are counted to order them; a common name word fans out no further. */
export const ACTOR_CANDIDATES = 500;
/** Actors found (in rank order) whose quotes fill the quote hits the words leave free. */
export const SPEAKERS_QUOTED = 3;
/** Newest matching articles (by id) ranked by publication date; bounds the sort for frequent words. */
export const ARTICLE_CANDIDATES = 1000;

/**
 * Search as a user types it (see lib/db/search/README.md): every word must match,
 * case- and accent-insensitively, the last one as a prefix, "quoted text" as a phrase.
 * Actors: exact name or alias first, then by name or alias words, most quoted first.
 * Quotes: hits holding all the words side by side first, then the rest, newest first,
 * then the newest quotes of the first actors found. Articles: title hits, then body hits
 * (side by side first each time), most recently published first. At most
 * `limit` of each; every statement is served by an index and bounded.
 */
export async function searchAll(db: Db, query: string, limit: number): Promise<SearchHits> {
  const st = searchStatements(db, query, limit);
  if (!st) return { actors: [], quotes: [], articles: [] };
  const idRows = (sql: Prisma.Sql | null) =>
    sql ? queryRows<{ id: number | bigint }>(db, sql).then(ids) : Promise.resolve([]);
  const [exact, byWords, quoteIds, articleIds] = await Promise.all([
    idRows(st.exactActors),
    idRows(st.actors),
    idRows(st.quotes),
    idRows(st.articles),
  ]);
  const actorIds = [...new Set([...exact, ...byWords])].slice(0, limit);
  // "Atmar": the quotes of the actor named, after those holding the word
  if (actorIds.length && quoteIds.length < limit) {
    quoteIds.push(
      ...(await idRows(quotesBySpeakersSql(actorIds.slice(0, SPEAKERS_QUOTED), quoteIds, limit - quoteIds.length))),
    );
  }
  const [actors, quotes, articles] = await Promise.all([
    actorIds.length ? findActorsByIds(db, actorIds) : [],
    quoteIds.length ? findQuotesByIds(db, quoteIds) : [],
    articleIds.length ? findArticlesByIds(db, articleIds) : [],
  ]);
  // the rows come in rank order (key order); one deleted between the two reads is left out
  return { actors: present(actors), quotes: present(quotes), articles: present(articles) };
}

/** The statements of one search that find the ids of the hits, in rank order (bench/search.ts times them one by one). */
export interface SearchStatements {
  /** Exact name or alias matches; null when the query has no name key. */
  exactActors: Prisma.Sql | null;
  actors: Prisma.Sql;
  quotes: Prisma.Sql;
  articles: Prisma.Sql;
}

/** The statements of a search for `query`, or null when it names no words or asks for nothing. */
export function searchStatements(db: Db, query: string, limit: number): SearchStatements | null {
  const q = parseSearchQuery(query);
  if (!q.terms.length || limit <= 0) return null;
  const keys = nameKeys(query);
  return {
    exactActors: keys.length ? exactActorIdsSql(keys, limit) : null,
    actors: actorsByWordsSql(db, q, limit),
    quotes: quotesSql(db, q, limit),
    articles: articlesSql(db, q, limit),
  };
}

const ids = (rows: { id: number | bigint }[]) => rows.map((r) => Number(r.id));
const present = <T>(rows: (T | null)[]): T[] => rows.filter((r): r is T => r !== null);

/** The two ranks of text hits on one index: `base` for all words side by side, `base + 1` for all words anywhere. */
function tierArms(
  db: Db,
  index: TextIndex,
  q: SearchQuery,
  phraseLimit: number,
  allLimit: number,
  base = 0,
): Prisma.Sql {
  const phrase = asPhrase(q);
  const all = Prisma.sql`SELECT "id", ${Prisma.raw(String(base + 1))} AS "tier" FROM (${matchingIdsSql(db, index, q, allLimit, "newest")}) w`;
  if (isSameQuery(phrase, q)) return all;
  return Prisma.sql`SELECT "id", ${Prisma.raw(String(base))} AS "tier" FROM (${matchingIdsSql(db, index, phrase, phraseLimit, "newest")}) p UNION ALL ${all}`;
}

/**
 * Quotes: the newest `limit` phrase hits, then the newest other hits. Reading the
 * newest 2 × limit of all hits is enough: when the phrase hits fill fewer than
 * `limit` places, all of them are among the phrase arm's, and the rest are others.
 */
function quotesSql(db: Db, q: SearchQuery, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT "id", MIN("tier") AS "tier" FROM (${tierArms(db, TEXT_INDEXES.quote, q, limit, 2 * limit)}) u
    GROUP BY "id" ORDER BY 2, "id" DESC LIMIT ${limit}`;
}

/**
 * Articles: of the newest ARTICLE_CANDIDATES hits of each rank, the title's hits before the
 * body's (words side by side, then anywhere), then by publication date.
 */
function articlesSql(db: Db, q: SearchQuery, limit: number): Prisma.Sql {
  const title = tierArms(db, TEXT_INDEXES.article, q, ARTICLE_CANDIDATES, ARTICLE_CANDIDATES, 0);
  const body = tierArms(db, TEXT_INDEXES.articleBody, q, ARTICLE_CANDIDATES, ARTICLE_CANDIDATES, 2);
  return Prisma.sql`
    SELECT a."id" FROM (
      SELECT "id", MIN("tier") AS "tier" FROM (${title} UNION ALL ${body}) u GROUP BY "id"
    ) m JOIN ${TABLES.Article} a ON a."id" = m."id"
    ORDER BY m."tier", a."publishedAt" DESC NULLS LAST, a."id" DESC LIMIT ${limit}`;
}

/** The newest quotes of the first actors found, for a query naming an actor whose words the quotes do not hold. */
export function quotesBySpeakersSql(actorIds: number[], exclude: number[], limit: number): Prisma.Sql {
  const not = exclude.length ? Prisma.sql`AND q."id" NOT IN (${Prisma.join(exclude)})` : Prisma.empty;
  return Prisma.sql`SELECT q."id" FROM ${TABLES.Quote} q WHERE q."speakerId" IN (${Prisma.join(actorIds)}) ${not} ORDER BY q."id" DESC LIMIT ${limit}`;
}

/**
 * Actors whose name or one alias holds the words, leading honorifics dropped
 * ("President Ghani"), most quoted first; quotes are counted, by the speaker index,
 * for at most ACTOR_CANDIDATES names and as many aliases. Twice `limit`, since the
 * exact matches come first and may repeat some.
 */
function actorsByWordsSql(db: Db, q: SearchQuery, limit: number): Prisma.Sql {
  const words = withoutLeading(q, isHonorificWord);
  return Prisma.sql`
    SELECT c."id", (SELECT COUNT(*) FROM ${TABLES.Quote} q WHERE q."speakerId" = c."id") AS "quotes" FROM (
      SELECT "id" FROM (${matchingIdsSql(db, TEXT_INDEXES.actor, words, ACTOR_CANDIDATES, "oldest")}) n
      UNION ${aliasActorIdsSql(db, words, ACTOR_CANDIDATES)}
    ) c ORDER BY 2 DESC, c."id" LIMIT ${2 * limit}`;
}
