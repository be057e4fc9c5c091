import { Prisma } from "@/generated/sqlite/client.ts";
import type { Db } from "@/lib/db/client.ts";
import type { Key, KeyValue, Page, PageRequest } from "./page-request.ts";
import { queryRows } from "./query-rows.ts";
import { joinSql, splitJoinedRow, type JoinedRows, type RowJoin } from "./row-columns.ts";
import { TABLES } from "./sql-tables.ts";

/**
 * A list read with hand-written SQL: Prisma's query building costs more CPU than
 * the queries themselves on these hot paths, and a raw statement is one round trip.
 */
export interface RawList {
  /** The selected row columns, e.g. sql`q.*`. */
  columns: Prisma.Sql;
  /** Everything after FROM: tables, joins and the WHERE clause. */
  from: Prisma.Sql;
  /** The row id expression, the tiebreak. */
  id: Prisma.Sql;
  /** The sort key expression; null sorts by id alone. */
  key: Prisma.Sql | null;
  /** Nullable keys sort their nulls last in list order. */
  nullable: boolean;
  desc: boolean;
  /** The same rows for counting, when `from` joins a table only the sort needs (defaults to `from`). */
  countFrom?: Prisma.Sql;
}

/** Rows strictly after or before `key` in list order (nulls last, ties broken by id). */
function boundSql(list: RawList, key: Key, side: "after" | "before"): Prisma.Sql {
  const op = Prisma.raw((side === "after") === list.desc ? "<" : ">");
  const idCmp = Prisma.sql`s."__id" ${op} ${key.id}`;
  if (!list.key) return idCmp;
  if (key.k === null)
    return side === "after"
      ? Prisma.sql`(s."__k" IS NULL AND ${idCmp})`
      : Prisma.sql`(s."__k" IS NOT NULL OR ${idCmp})`;
  const tail = list.nullable && side === "after" ? Prisma.sql` OR s."__k" IS NULL` : Prisma.empty;
  return Prisma.sql`(s."__k" ${op} ${key.k} OR (s."__k" = ${key.k} AND ${idCmp})${tail})`;
}

const toKey = (v: unknown): KeyValue => (typeof v === "bigint" ? Number(v) : (v as KeyValue));

/**
 * A page that may carry the list's total, counted in the same statement when asked and no
 * cursor bounds apply, and each row's joined rows when joins were asked for.
 */
export type CountedPage<T> = Page<T> & { total?: number; joined?: JoinedRows[] };

/**
 * One page of a raw list, fetching one extra row to learn whether more exist. `joins`
 * read rows the listed rows point to (a quote's article) in the same statement, joined
 * to the page's rows only, so a nested field needs no round trip of its own.
 */
export async function findRawPage<T>(
  db: Db,
  list: RawList,
  page: PageRequest,
  withTotal = false,
  joins: readonly RowJoin[] = [],
): Promise<CountedPage<T>> {
  // the total rides along as an uncorrelated subquery (evaluated once); the empty page of an
  // unbounded list has no row to carry it, but then the total is 0
  const counting = withTotal && !page.after && !page.before;
  const bounds: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (page.after) bounds.push(boundSql(list, page.after, "after"));
  if (page.before) bounds.push(boundSql(list, page.before, "before"));
  const dir = Prisma.raw(list.desc !== page.backward ? "DESC" : "ASC");
  const order: Prisma.Sql[] = [];
  // nulls stay last in list order, so they come first when read backwards; NULLS LAST/FIRST
  // (not a CASE term) lets SQLite walk an index on the key and stop at the LIMIT
  const nulls = list.nullable ? Prisma.raw(page.backward ? " NULLS FIRST" : " NULLS LAST") : Prisma.empty;
  if (list.key) order.push(Prisma.sql`s."__k" ${dir}${nulls}`);
  order.push(Prisma.sql`s."__id" ${dir}`);
  const pageSql = Prisma.sql`
    SELECT s.*${counting ? Prisma.sql`, (SELECT COUNT(*) FROM ${list.countFrom ?? list.from}) AS "__total"` : Prisma.empty}
    FROM (SELECT ${list.columns}, ${list.key ?? list.id} AS "__k", ${list.id} AS "__id" FROM ${list.from}) s
    WHERE ${Prisma.join(bounds, " AND ")} ORDER BY ${Prisma.join(order, ", ")} LIMIT ${page.limit + 1}`;
  // the joins apply to the page's rows after the LIMIT, and the order is restated (a join keeps none)
  const join = joinSql(joins, "s", TABLES);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    joins.length
      ? Prisma.sql`SELECT s.*${join.columns} FROM (${pageSql}) s${join.from} ORDER BY ${Prisma.join(order, ", ")}`
      : pageSql,
  );
  const hasMore = rows.length > page.limit;
  const joined: JoinedRows[] = [];
  const taken = rows.slice(0, page.limit).map(({ __k, __id, __total: _t, ...all }) => {
    let row = all;
    if (joins.length) {
      const split = splitJoinedRow(all, joins);
      row = split.row;
      joined.push(split.joined);
    }
    return { row: row as T, key: { k: list.key ? toKey(__k) : Number(__id), id: Number(__id) } };
  });
  if (page.backward) {
    taken.reverse();
    joined.reverse();
  }
  const out: CountedPage<T> = { rows: taken, hasMore, ...(joins.length ? { joined } : {}) };
  if (counting) out.total = rows.length ? Number(rows[0]!.__total) : 0;
  return out;
}

/** How many rows a raw list holds. */
export async function countRaw(db: Db, from: Prisma.Sql): Promise<number> {
  const [row] = await queryRows<{ n: number | bigint }>(db, Prisma.sql`SELECT COUNT(*) AS "n" FROM ${from}`);
  return Number(row?.n ?? 0);
}

/** `column IN (ids)`, or a false condition for an empty list (SQL has no empty IN). */
export function inList(column: Prisma.Sql, ids: readonly number[]): Prisma.Sql {
  return ids.length ? Prisma.sql`${column} IN (${Prisma.join([...ids])})` : Prisma.sql`1 = 0`;
}

/** A case-insensitive "contains" whose LIKE wildcards in `text` are escaped, portable to SQLite and PostgreSQL. */
export function containsSql(column: Prisma.Sql, text: string): Prisma.Sql {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
  return Prisma.sql`LOWER(${column}) LIKE ${pattern} ESCAPE '\\'`;
}

/** Conditions joined with AND (true when there are none). */
export function whereAll(conds: Prisma.Sql[]): Prisma.Sql {
  return conds.length ? Prisma.join(conds, " AND ") : Prisma.sql`1 = 1`;
}
