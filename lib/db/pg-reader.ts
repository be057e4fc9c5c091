/**
 * Reads on PostgreSQL without Prisma: a `pg` pool of its own that sends each
 * hand-written SELECT of lib/db/queries as a named prepared statement, so a
 * connection parses and plans a statement text once instead of on every request
 * (Prisma's adapter sends every statement unnamed, through its query compiler).
 * Values come back as `$queryRaw` gives them: int8 (counts) as bigint, timestamps
 * as Date in UTC, the rest as `pg` parses them.
 */
import { createHash } from "node:crypto";
import pg from "pg";

/** Distinct statement texts given a name; past this (loader batches of many sizes) statements go unnamed, so each connection's cache stays bounded. */
export const MAX_NAMED_STATEMENTS = 2000;

const { builtins } = pg.types;
// Prisma stores DateTime as timestamp(3) without time zone, holding UTC
const parseUtc = (s: string) => new Date(`${s.replace(" ", "T")}Z`);
const PARSERS: Partial<Record<number, (s: string) => unknown>> = {
  [builtins.INT8]: (s) => BigInt(s),
  [builtins.TIMESTAMP]: parseUtc,
};
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Arguments as Prisma's adapter binds them: dates as UTC ISO text. */
function bindValue(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

/** A pool on one PostgreSQL schema that runs SELECTs as named prepared statements. */
export class PgReader {
  private readonly pool: pg.Pool;
  private readonly names = new Map<string, string>();

  constructor(
    connectionString: string,
    schema: string,
    private readonly onQuery?: (sql: string) => void,
  ) {
    // allowExitOnIdle: a script that forgot nothing but this pool still exits
    this.pool = new pg.Pool({
      connectionString,
      max: 10,
      options: `-c search_path="${schema}"`,
      types,
      allowExitOnIdle: true,
    });
    // an idle client's error (the server restarting) must not crash the process; the next query reconnects
    this.pool.on("error", () => {});
  }

  private nameOf(sql: string): string | undefined {
    const known = this.names.get(sql);
    if (known || this.names.size >= MAX_NAMED_STATEMENTS) return known;
    const name = `nkg_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    this.names.set(sql, name);
    return name;
  }

  /** The rows of a SELECT with `$1`… placeholders. */
  async all<T>(sql: string, values: readonly unknown[]): Promise<T[]> {
    this.onQuery?.(sql);
    const result = await this.pool.query({ name: this.nameOf(sql), text: sql, values: values.map(bindValue) });
    return result.rows as T[];
  }

  /** Closes the pool's connections. */
  close(): Promise<void> {
    return this.pool.end();
  }
}
