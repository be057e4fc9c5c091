/**
 * The baseline's hand-written SQL over the app's SQLite file: one prepared
 * statement per read the request mix needs, no ORM, no batching.
 */
import type Database from "better-sqlite3";

/** A row as SQLite returns it: columns by name. */
export type Row = Record<string, unknown>;

/**
 * Statements with their parameters: positional `?`, or an object for named ones
 * (`@keys` a JSON array of normalised names, `@match` an FTS5 query, `@limit`, `@actor`).
 */
export function prepareStatements(db: Database.Database) {
  const all = (sql: string) => {
    const s = db.prepare(sql);
    return (...params: unknown[]) => s.all(...params) as Row[];
  };
  const get = (sql: string) => {
    const s = db.prepare(sql);
    return (...params: unknown[]) => (s.get(...params) as Row | undefined) ?? null;
  };
  const count = (sql: string) => {
    const s = db.prepare(sql).pluck();
    return (...params: unknown[]) => Number(s.get(...params));
  };
  // ids of actors whose name or an alias is one of the keys (a JSON array); the app takes the
  // first 200 by id (MAX_MATCHES of find-actor-ids-by-name), which matters when thousands share an alias
  const byKeys = `SELECT "id" FROM (SELECT "id" FROM "Actor" WHERE "nameNorm" IN (SELECT value FROM json_each(@keys))
    UNION SELECT "actorId" FROM "ActorAlias" WHERE "norm" IN (SELECT value FROM json_each(@keys))) ORDER BY "id" LIMIT 200`;
  const newestFirst = `a."publishedAt" IS NULL, a."publishedAt" DESC`;
  // the dated articles mentioning an actor, earliest or latest first
  const seenBy = (direction: "ASC" | "DESC") =>
    get(`SELECT a."publishedAt", a."publishedPrecision" FROM "Article" a
      WHERE a."id" IN (SELECT "articleId" FROM "Mention" WHERE "actorId" = ?) AND a."publishedAt" IS NOT NULL
      ORDER BY a."publishedAt" ${direction}, a."id" ${direction} LIMIT 1`);
  const [seenFirst, seenLast] = [seenBy("ASC"), seenBy("DESC")];
  return {
    actorById: get(`SELECT * FROM "Actor" WHERE "id" = ?`),
    actorBySlug: get(`SELECT * FROM "Actor" WHERE "slug" = ?`),
    articleById: get(`SELECT * FROM "Article" WHERE "id" = ?`),
    articleBySlug: get(`SELECT * FROM "Article" WHERE "slug" = ?`),
    aliases: all(`SELECT "alias" FROM "ActorAlias" WHERE "actorId" = ? ORDER BY "id" LIMIT 100`),
    quoteCount: count(`SELECT COUNT(*) FROM "Quote" WHERE "speakerId" = ?`),
    seen: (actorId: number, last: boolean) => (last ? seenLast : seenFirst)(actorId),
    quotesBySpeakerKeys:
      all(`SELECT q.*, a."publishedAt" AS "articlePublishedAt" FROM "Quote" q JOIN "Article" a ON a."id" = q."articleId"
      WHERE q."speakerId" IN (${byKeys}) ORDER BY ${newestFirst}, q."id" DESC LIMIT @limit`),
    countQuotesBySpeakerKeys: count(`SELECT COUNT(*) FROM "Quote" WHERE "speakerId" IN (${byKeys})`),
    actorQuotes: all(`SELECT * FROM "Quote" WHERE "speakerId" = ? ORDER BY "id" DESC LIMIT ?`),
    actorEvents: all(
      `SELECT * FROM "Event" WHERE "id" IN (SELECT "eventId" FROM "EventParticipant" WHERE "actorId" = ?) ORDER BY "id" DESC LIMIT ?`,
    ),
    countActorEvents: count(`SELECT COUNT(DISTINCT "eventId") FROM "EventParticipant" WHERE "actorId" = ?`),
    // co-mentioned actors in the actor's 1,000 latest-ingested articles (as the app bounds it), ranked as the app
    // ranks them: shared articles, then shared quotes (one's quote whose sentence names the other), then mentions
    relatedActors:
      all(`WITH arts AS (SELECT DISTINCT "articleId" FROM "Mention" WHERE "actorId" = @actor ORDER BY "articleId" DESC LIMIT 1000),
      co AS (SELECT "actorId" AS "id", COUNT(DISTINCT "articleId") AS "shared", COUNT(*) AS "mentions" FROM "Mention"
        WHERE "articleId" IN (SELECT "articleId" FROM arts) AND "actorId" <> @actor GROUP BY "actorId"),
      qs AS (SELECT "id", COUNT(DISTINCT "q") AS "n" FROM (
          SELECT m."actorId" AS "id", q."id" AS "q" FROM "Quote" q JOIN "Mention" m ON m."articleId" = q."articleId" AND m."actorId" <> @actor AND m."start" >= q."contextStart" AND m."end" <= q."contextEnd"
          WHERE q."speakerId" = @actor AND q."articleId" IN (SELECT "articleId" FROM arts)
          UNION ALL
          SELECT q."speakerId", q."id" FROM "Mention" m JOIN "Quote" q ON q."articleId" = m."articleId" AND q."speakerId" IS NOT NULL AND q."speakerId" <> @actor AND m."start" >= q."contextStart" AND m."end" <= q."contextEnd"
          WHERE m."actorId" = @actor AND m."articleId" IN (SELECT "articleId" FROM arts)
        ) GROUP BY "id")
      SELECT co."id", co."shared", COALESCE(qs."n", 0) AS "sharedQuotes" FROM co LEFT JOIN qs ON qs."id" = co."id"
      ORDER BY co."shared" * 1000000000 + COALESCE(qs."n", 0) * 100000 + MIN(co."mentions", 99999) DESC, co."id" DESC LIMIT @limit`),
    articleQuotes: all(`SELECT * FROM "Quote" WHERE "articleId" = ? ORDER BY "start", "id" LIMIT ?`),
    countArticleQuotes: count(`SELECT COUNT(*) FROM "Quote" WHERE "articleId" = ?`),
    articleMentions: all(`SELECT * FROM "Mention" WHERE "articleId" = ? ORDER BY "start", "id" LIMIT ?`),
    countArticleMentions: count(`SELECT COUNT(*) FROM "Mention" WHERE "articleId" = ?`),
    eventsBetween: all(
      `SELECT * FROM "Event" WHERE "date" >= ? AND "date" < ? ORDER BY "date" DESC, "id" DESC LIMIT ?`,
    ),
    countEventsBetween: count(`SELECT COUNT(*) FROM "Event" WHERE "date" >= ? AND "date" < ?`),
    participants: all(`SELECT * FROM "EventParticipant" WHERE "eventId" = ? ORDER BY "role", "actorId"`),
    actorsByKeys: all(`SELECT * FROM "Actor" WHERE "id" IN (${byKeys}) ORDER BY "id" LIMIT @limit`),
    // search: the full-text tables of the search_fts migration (FTS5 MATCH strings as parameters), as the
    // app's search reads them for a one-word query, which is what the mix sends: the app also puts
    // hits holding several words side by side first, which a one-word query cannot tell apart
    actorsMatching: all(`SELECT a.* FROM "Actor" a WHERE a."id" IN (
        SELECT "id" FROM (SELECT rowid AS "id" FROM "ActorFts" WHERE "ActorFts" MATCH @match ORDER BY rowid LIMIT 500)
        UNION SELECT x."actorId" FROM (SELECT rowid AS "id" FROM "ActorAliasFts" WHERE "ActorAliasFts" MATCH @match ORDER BY rowid LIMIT 500) m
          JOIN "ActorAlias" x ON x."id" = m."id")
      ORDER BY (SELECT COUNT(*) FROM "Quote" q WHERE q."speakerId" = a."id") DESC, a."id" LIMIT @limit`),
    quotesMatching: all(
      `SELECT * FROM "Quote" WHERE "id" IN (SELECT rowid FROM "QuoteFts" WHERE "QuoteFts" MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY "id" DESC`,
    ),
    // title hits first, then body hits (the body index of migration article_display_title_body_search)
    articlesMatching: all(`SELECT a.* FROM "Article" a JOIN (
        SELECT "id", MIN("tier") AS "tier" FROM (
          SELECT rowid AS "id", 0 AS "tier" FROM (SELECT rowid FROM "ArticleFts" WHERE "ArticleFts" MATCH @match ORDER BY rowid DESC LIMIT 1000)
          UNION ALL SELECT rowid, 1 FROM (SELECT rowid FROM "ArticleBodyFts" WHERE "ArticleBodyFts" MATCH @match ORDER BY rowid DESC LIMIT 1000)
        ) GROUP BY "id"
      ) m ON m."id" = a."id"
      ORDER BY m."tier", ${newestFirst}, a."id" DESC LIMIT @limit`),
    quotesBySpeakers: all(
      `SELECT * FROM "Quote" WHERE "speakerId" IN (SELECT value FROM json_each(@ids)) AND "id" NOT IN (SELECT value FROM json_each(@exclude)) ORDER BY "id" DESC LIMIT @limit`,
    ),
  };
}

/** The statements of one database. */
export type Statements = ReturnType<typeof prepareStatements>;
