/**
 * Reads on SQLite without Prisma: a read-only better-sqlite3 connection of its
 * own with a cache of prepared statements. The hot read paths (lib/db/queries)
 * are hand-written SQL already; through Prisma each one went through the query
 * compiler, the adapter and a fresh `prepare`, which cost more than the query.
 * Values come back as Prisma's `$queryRaw` gives them, by declared column type:
 * DATETIME as Date, BOOLEAN as boolean, BIGINT as bigint (counts and other
 * expressions as numbers, which every caller passes through Number()).
 */
import Database from "better-sqlite3";
import { LruCache } from "@/lib/cache/lru-cache.ts";

type Convert = (value: unknown) => unknown;

const toDate: Convert = (v) => (v === null ? null : new Date(v as string | number));
const toBoolean: Convert = (v) => (v === null ? null : Boolean(v));
const toBigInt: Convert = (v) => (v === null ? null : BigInt(v as number));

const CONVERTERS: Record<string, Convert> = {
  DATETIME: toDate,
  TIMESTAMP: toDate,
  DATE: toDate,
  BOOLEAN: toBoolean,
  BIGINT: toBigInt,
  INT8: toBigInt,
};

/** Statements kept prepared (the IN lists of loader batches make one text per batch size). */
const MAX_STATEMENTS = 500;

interface Prepared {
  stmt: Database.Statement;
  /** Columns whose values need converting, by name. */
  converts: [string, Convert][];
}

/** Arguments as Prisma's adapter binds them: dates as ISO text with +00:00, booleans as 0/1. */
function bindValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

/** A read-only connection to one SQLite file that runs SELECTs through cached statements. */
export class SqliteReader {
  private readonly conn: Database.Database;
  private readonly statements = new LruCache<Prepared>(
    { maxEntries: MAX_STATEMENTS, maxBytes: Number.MAX_SAFE_INTEGER },
    () => 1,
  );

  constructor(
    file: string,
    private readonly onQuery?: (sql: string) => void,
  ) {
    this.conn = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  }

  private prepare(sql: string): Prepared {
    const known = this.statements.get(sql);
    if (known) return known;
    const stmt = this.conn.prepare(sql);
    if (!stmt.reader) throw new Error(`SqliteReader runs only statements that return rows, not: ${sql.slice(0, 80)}`);
    const converts: [string, Convert][] = [];
    for (const c of stmt.columns()) {
      const convert = c.type ? CONVERTERS[c.type.toUpperCase()] : undefined;
      if (convert) converts.push([c.name, convert]);
    }
    const prepared = { stmt, converts };
    this.statements.set(sql, prepared);
    return prepared;
  }

  /** The rows of a SELECT with `?` placeholders. */
  all<T>(sql: string, values: readonly unknown[]): T[] {
    this.onQuery?.(sql);
    const { stmt, converts } = this.prepare(sql);
    const rows = stmt.all(...values.map(bindValue)) as Record<string, unknown>[];
    if (converts.length) for (const row of rows) for (const [name, convert] of converts) row[name] = convert(row[name]);
    return rows as T[];
  }

  /** Closes the connection. */
  close(): void {
    this.conn.close();
  }
}
