/**
 * The write path's unit of work: a transaction's business logic is written once,
 * as a generator that yields database operations and receives their results.
 * A writer (SQLite or PostgreSQL, see writer.ts) drives it — synchronously inside
 * one better-sqlite3 transaction, or query by query inside one pg transaction —
 * so the same decisions run on both databases, in one transaction each.
 */

/** A row read back from the database. */
export type Row = Record<string, unknown>;

/**
 * One database operation. `query` is SQL with `?` placeholders (written in the
 * dialect both databases share: quoted identifiers, no casts); it yields the rows
 * of a SELECT or RETURNING, else none. `insert` writes rows into one table and
 * yields their new ids in row order when `returnIds` is set, skipping rows that
 * would duplicate a unique key when `ignoreDuplicates` is (the writer picks
 * per-row prepared statements or multi-row INSERTs).
 */
export type WriteOp =
  | { kind: "query"; sql: string; params: readonly unknown[] }
  | ({
      kind: "insert";
      table: string;
      columns: readonly string[];
      rows: readonly (readonly unknown[])[];
    } & InsertOptions);

/** How an insert treats its rows. */
export interface InsertOptions {
  /** Yield the new rows' ids, in row order. */
  returnIds?: boolean;
  /** Skip a row whose unique key is taken (`ON CONFLICT DO NOTHING`); never with returnIds. */
  ignoreDuplicates?: boolean;
}

/** A transaction's logic: yields operations, returns its result. */
export type WriteSteps<T> = Generator<WriteOp, T, unknown>;

/** Runs SQL; the rows of a SELECT or RETURNING come back. */
export function* query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): WriteSteps<T[]> {
  return (yield { kind: "query", sql, params }) as T[];
}

/** Inserts rows (values in `columns` order); with `returnIds`, their ids in row order. */
export function* insert(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  opts: InsertOptions = {},
): WriteSteps<number[]> {
  if (!rows.length) return [];
  if (opts.returnIds && opts.ignoreDuplicates)
    throw new Error(`insert into ${table}: skipped rows have no ids to return`);
  for (const r of rows)
    if (r.length !== columns.length)
      throw new Error(`insert into ${table}: a row has ${r.length} values for ${columns.length} columns`);
  return (yield { kind: "insert", table, columns, rows, ...opts }) as number[];
}

/** Most values in one `IN (…)` list: far below both databases' bind limits (SQLite 32766, PostgreSQL 65535). */
export const MAX_IN_LIST = 1000;

/**
 * Runs a query over a list of values in chunks of MAX_IN_LIST, `sql(list)` building the
 * statement around each chunk's `?, ?, …`; the rows of all chunks, chunk by chunk.
 */
export function* queryIn<T extends Row = Row>(
  values: readonly unknown[],
  sql: (list: string) => string,
): WriteSteps<T[]> {
  const rows: T[] = [];
  for (let at = 0; at < values.length; at += MAX_IN_LIST) {
    const chunk = values.slice(at, at + MAX_IN_LIST);
    rows.push(...(yield* query<T>(sql(placeholders(chunk.length)), chunk)));
  }
  return rows;
}

/** `?, ?, ?` for a list of `n` values (for `IN (…)`). */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/** A timestamp as both databases store Prisma's DateTime (ISO 8601, UTC, `+00:00` as Prisma's SQLite adapter writes it). */
export function sqlDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** A database integer (PostgreSQL counts arrive as strings) as a number. */
export function toInt(v: unknown): number {
  const n = typeof v === "bigint" ? Number(v) : typeof v === "string" ? Number.parseInt(v, 10) : (v as number);
  if (!Number.isSafeInteger(n)) throw new Error(`expected an integer from the database, got ${String(v)}`);
  return n;
}
