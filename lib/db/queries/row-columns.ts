import { Prisma, type Article } from "@/generated/sqlite/client.ts";
import type { TableName } from "./sql-tables.ts";

/**
 * Article columns left out of listed rows: the text and its normalised copy, several
 * kilobytes each, which a list of 20 articles would otherwise read, send and parse
 * on every request; `findArticleBodiesByIds` reads the text when a field asks for it.
 */
export const LAZY_ARTICLE_COLUMNS = ["body", "bodyNorm"] as const;

/** An article row as lists and loaders read it: every column but the lazy ones. */
export type ArticleRow = Omit<Article, (typeof LAZY_ARTICLE_COLUMNS)[number]>;

const lazy = new Set<string>(LAZY_ARTICLE_COLUMNS);

/** The columns a row of each table is read with, from the schema (Prisma's field lists). */
const COLUMNS: Record<TableName, readonly string[]> = {
  Actor: Object.values(Prisma.ActorScalarFieldEnum),
  ActorAlias: Object.values(Prisma.ActorAliasScalarFieldEnum),
  Article: Object.values(Prisma.ArticleScalarFieldEnum).filter((c) => !lazy.has(c)),
  Mention: Object.values(Prisma.MentionScalarFieldEnum),
  Quote: Object.values(Prisma.QuoteScalarFieldEnum),
  Event: Object.values(Prisma.EventScalarFieldEnum),
  EventParticipant: Object.values(Prisma.EventParticipantScalarFieldEnum),
  Statement: Object.values(Prisma.StatementScalarFieldEnum),
};

/** The columns of `table` that rows are read with (`alias.*`, or every eager column of an article). */
export function rowColumns(table: TableName, alias?: string): Prisma.Sql {
  const prefix = alias ? `${alias}.` : "";
  if (table !== "Article") return Prisma.raw(`${prefix}*`);
  return Prisma.raw(COLUMNS.Article.map((c) => `${prefix}"${c}"`).join(", "));
}

/**
 * The row columns of `table` under `alias`, each renamed `<as>.<column>`, so a joined
 * row's columns ride in its parent's result without clashing with the parent's own.
 */
export function prefixedRowColumns(table: TableName, alias: string, as: string): Prisma.Sql {
  return Prisma.raw(COLUMNS[table].map((c) => `${alias}."${c}" AS "${as}.${c}"`).join(", "));
}

/** A row to read along with each listed row: the `table` row whose id the listed row's `fk` column holds, named `as`. */
export interface RowJoin {
  as: string;
  table: TableName;
  fk: string;
}

/** The joined rows of one listed row, by the name of their join (null where its key is null or the row is gone). */
export type JoinedRows = Record<string, Record<string, unknown> | null>;

/** `LEFT JOIN`s and columns that read each join's row along with the rows of `alias`. */
export function joinSql(joins: readonly RowJoin[], alias: string, tables: Record<TableName, Prisma.Sql>) {
  return {
    columns: joins.length
      ? Prisma.join(
          joins.map((j, i) => prefixedRowColumns(j.table, `j${i}`, j.as)),
          ", ",
          ", ",
        )
      : Prisma.empty,
    from: joins.length
      ? Prisma.join(
          joins.map(
            (j, i) =>
              Prisma.sql` LEFT JOIN ${tables[j.table]} ${Prisma.raw(`j${i}`)} ON ${Prisma.raw(`j${i}."id" = ${alias}."${j.fk}"`)}`,
          ),
          "",
        )
      : Prisma.empty,
  };
}

// column names are few (the tables' columns, per join): each is split once, not once per row
const splitKeys = new Map<string, readonly [string, string] | null>();
const MAX_SPLIT_KEYS = 10_000;

/** A prefixed column name ("article.title") as its join and column, or null for a column of the row itself. */
function splitKey(key: string): readonly [string, string] | null {
  let split = splitKeys.get(key);
  if (split !== undefined) return split;
  const dot = key.indexOf(".");
  split = dot < 0 ? null : [key.slice(0, dot), key.slice(dot + 1)];
  if (splitKeys.size < MAX_SPLIT_KEYS) splitKeys.set(key, split);
  return split;
}

/**
 * A result row read with `prefixedRowColumns` split into the listed row and its joined rows, in
 * one pass that builds new objects (deleting the prefixed keys would leave slow dictionary-mode
 * objects behind); a join whose row id is null found no row.
 */
export function splitJoinedRow(
  row: Record<string, unknown>,
  joins: readonly RowJoin[],
): { row: Record<string, unknown>; joined: JoinedRows } {
  const base: Record<string, unknown> = {};
  const parts: Record<string, Record<string, unknown>> = {};
  for (const key in row) {
    const split = splitKey(key);
    if (split === null) base[key] = row[key];
    else (parts[split[0]] ??= {})[split[1]] = row[key];
  }
  const joined: JoinedRows = {};
  for (const j of joins) {
    const part = parts[j.as];
    joined[j.as] = part && part.id !== null && part.id !== undefined ? part : null;
  }
  return { row: base, joined };
}
