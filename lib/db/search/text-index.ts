import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import { toFts5, toTsquery, type SearchQuery } from "./parse-search-query.ts";

/**
 * The full-text indexes of the migration `search_fts`: one normalised column per
 * table, an FTS5 table on SQLite and a GIN expression index on PostgreSQL.
 */
export const TEXT_INDEXES = {
  quote: { table: "Quote", column: "textNorm", fts: "QuoteFts" },
  article: { table: "Article", column: "titleNorm", fts: "ArticleFts" },
  articleBody: { table: "Article", column: "bodyNorm", fts: "ArticleBodyFts" },
  actor: { table: "Actor", column: "nameNorm", fts: "ActorFts" },
  alias: { table: "ActorAlias", column: "norm", fts: "ActorAliasFts" },
} as const;

/** One of the indexed columns. */
export type TextIndex = (typeof TEXT_INDEXES)[keyof typeof TEXT_INDEXES];

/** The database behind a client. */
export function providerOf(db: Db): "sqlite" | "postgresql" {
  const p = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (p !== "sqlite" && p !== "postgresql") throw new Error(`unsupported database provider ${String(p)}`);
  return p;
}

/** The pieces of a statement reading the rows of `index` that match `q`, served by the full-text index. */
export interface TextMatch {
  /** What to select from: the FTS table on SQLite, the table itself on PostgreSQL. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** The matched row's id. */
  id: Prisma.Sql;
}

const ident = (s: string) => Prisma.raw(`"${s}"`);

/** The match of `q` (which must have terms) on `index`; the query text travels as a bound parameter. */
export function textMatch(db: Db, index: TextIndex, q: SearchQuery): TextMatch {
  if (!q.terms.length) throw new Error("textMatch needs a query with words");
  if (providerOf(db) === "sqlite")
    return {
      from: ident(index.fts),
      where: Prisma.sql`${ident(index.fts)} MATCH ${toFts5(q)}`,
      id: Prisma.raw("rowid"),
    };
  // the expression repeats the index's exactly, or PostgreSQL cannot use it
  return {
    from: ident(index.table),
    where: Prisma.sql`to_tsvector('simple'::regconfig, ${ident(index.column)}) @@ to_tsquery('simple'::regconfig, ${toTsquery(q)})`,
    id: ident("id"),
  };
}

/**
 * Ids of at most `limit` rows matching `q`, newest (highest id) or oldest first, as
 * a statement with one column "id". FTS5 walks its index in rowid order and stops at
 * the limit; PostgreSQL reads the matches from the GIN index and keeps the top ones.
 */
export function matchingIdsSql(
  db: Db,
  index: TextIndex,
  q: SearchQuery,
  limit: number,
  order: "newest" | "oldest",
): Prisma.Sql {
  const m = textMatch(db, index, q);
  return Prisma.sql`SELECT ${m.id} AS "id" FROM ${m.from} WHERE ${m.where} ORDER BY ${m.id} ${Prisma.raw(order === "newest" ? "DESC" : "ASC")} LIMIT ${limit}`;
}

/**
 * Ids of the actors of at most `limit` aliases matching `q`, oldest alias first, as a
 * statement with one column "id" (repeated when an actor has several matching aliases).
 * On SQLite the FTS rowid is the alias id, so the alias row is looked up by primary key;
 * on PostgreSQL the matched rows are the alias rows themselves.
 */
export function aliasActorIdsSql(db: Db, q: SearchQuery, limit: number): Prisma.Sql {
  const alias = TEXT_INDEXES.alias;
  if (providerOf(db) === "sqlite") {
    return Prisma.sql`SELECT x."actorId" AS "id" FROM (${matchingIdsSql(db, alias, q, limit, "oldest")}) m JOIN ${ident(alias.table)} x ON x."id" = m."id"`;
  }
  const m = textMatch(db, alias, q);
  return Prisma.sql`SELECT "actorId" AS "id" FROM (SELECT "actorId", "id" FROM ${m.from} WHERE ${m.where} ORDER BY "id" LIMIT ${limit}) m`;
}
