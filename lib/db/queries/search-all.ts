import type { Actor, Article, Quote } from "../../../generated/sqlite/client.ts";
import { Prisma } from "../../../generated/sqlite/client.ts";
import { asPhrase, isSameQuery, parseSearchQuery, withoutLeading, type SearchQuery } from "../search/parse-search-query.ts";
import { inOrder, matchingIdsSql, TEXT_INDEXES } from "../search/text-index.ts";
import type { Db } from "../client.ts";
import { isHonorificWord, nameKeys } from "./find-actor-ids-by-name.ts";
import { tablesOf } from "./sql-tables.ts";

/** Hits of one search, by type. */
export interface SearchHits {
  actors: Actor[];
  quotes: Quote[];
  articles: Article[];
}

/** Matching actors whose quotes are counted to order them; a common name word cannot fan out further. */
export const ACTOR_CANDIDATES = 500;
/** Newest matching articles (by id) ranked by publication date; bounds the sort for frequent words. */
export const ARTICLE_CANDIDATES = 1000;

/**
 * Search as a user types it (see lib/db/search/README.md): every word must match,
 * case- and accent-insensitively, the last one as a prefix, "quoted text" as a phrase.
 * Actors: exact name or alias first, then by name or alias words, most quoted first.
 * Quotes and articles (by title): hits holding all the words side by side first, then
 * the rest; quotes newest first, articles most recently published first. At most
 * `limit` of each; every statement is served by an index and bounded.
 */
export async function searchAll(db: Db, query: string, limit: number): Promise<SearchHits> {
  const q = parseSearchQuery(query);
  if (!q.terms.length || limit <= 0) return { actors: [], quotes: [], articles: [] };
  const [actors, quotes, articles] = await Promise.all([searchActors(db, query, q, limit), searchQuotes(db, q, limit), searchArticles(db, q, limit)]);
  return { actors, quotes, articles };
}

const ids = (rows: { id: number | bigint }[]) => rows.map((r) => Number(r.id));

/** The two ranks of text hits: 0 for all words side by side, 1 for all words anywhere. */
function tierArms(db: Db, index: (typeof TEXT_INDEXES)["quote" | "article"], q: SearchQuery, phraseLimit: number, allLimit: number): Prisma.Sql {
  const phrase = asPhrase(q);
  const all = Prisma.sql`SELECT "id", 1 AS "tier" FROM (${matchingIdsSql(db, index, q, allLimit, "newest")}) w`;
  if (isSameQuery(phrase, q)) return all;
  return Prisma.sql`SELECT "id", 0 AS "tier" FROM (${matchingIdsSql(db, index, phrase, phraseLimit, "newest")}) p UNION ALL ${all}`;
}

/**
 * Quotes: the newest `limit` phrase hits, then the newest other hits. Reading the
 * newest 2 × limit of all hits is enough: when the phrase hits fill fewer than
 * `limit` places, all of them are among the phrase arm's, and the rest are others.
 */
async function searchQuotes(db: Db, q: SearchQuery, limit: number): Promise<Quote[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT "id", MIN("tier") AS "tier" FROM (${tierArms(db, TEXT_INDEXES.quote, q, limit, 2 * limit)}) u
    GROUP BY "id" ORDER BY 2, "id" DESC LIMIT ${limit}`;
  const found = ids(rows);
  return found.length ? inOrder(found, await db.quote.findMany({ where: { id: { in: found } } })) : [];
}

/** Articles: of the newest ARTICLE_CANDIDATES hits of each rank, phrase hits first, then by publication date. */
async function searchArticles(db: Db, q: SearchQuery, limit: number): Promise<Article[]> {
  const t = tablesOf(db);
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT a."id" FROM (
      SELECT "id", MIN("tier") AS "tier" FROM (${tierArms(db, TEXT_INDEXES.article, q, ARTICLE_CANDIDATES, ARTICLE_CANDIDATES)}) u GROUP BY "id"
    ) m JOIN ${t.Article} a ON a."id" = m."id"
    ORDER BY m."tier", a."publishedAt" DESC NULLS LAST, a."id" DESC LIMIT ${limit}`;
  const found = ids(rows);
  return found.length ? inOrder(found, await db.article.findMany({ where: { id: { in: found } } })) : [];
}

/**
 * Actors: exact names or aliases (two indexed lookups, lowest id first), then actors
 * whose name or one alias holds the words, leading honorifics dropped ("President
 * Ghani"), most quoted first; quotes are counted for at most ACTOR_CANDIDATES of them.
 */
async function searchActors(db: Db, query: string, q: SearchQuery, limit: number): Promise<Actor[]> {
  const t = tablesOf(db);
  const keys = nameKeys(query);
  const words = withoutLeading(q, isHonorificWord);
  const [exact, byWords] = await Promise.all([
    keys.length
      ? db.$queryRaw<{ id: number }[]>`
          SELECT "id" FROM ${t.Actor} WHERE "nameNorm" IN (${Prisma.join(keys)})
          UNION SELECT "actorId" FROM ${t.ActorAlias} WHERE "norm" IN (${Prisma.join(keys)})
          ORDER BY 1 LIMIT ${limit}`
      : [],
    db.$queryRaw<{ id: number }[]>`
      SELECT c."id", (SELECT COUNT(*) FROM ${t.Quote} q WHERE q."speakerId" = c."id") AS "quotes" FROM (
        SELECT "id" FROM (${matchingIdsSql(db, TEXT_INDEXES.actor, words, ACTOR_CANDIDATES, "oldest")}) n
        UNION SELECT x."actorId" FROM (${matchingIdsSql(db, TEXT_INDEXES.alias, words, ACTOR_CANDIDATES, "oldest")}) m
          JOIN ${t.ActorAlias} x ON x."id" = m."id"
      ) c ORDER BY 2 DESC, c."id" LIMIT ${2 * limit}`,
  ]);
  const found = [...new Set([...ids(exact), ...ids(byWords)])].slice(0, limit);
  return found.length ? inOrder(found, await db.actor.findMany({ where: { id: { in: found } } })) : [];
}
