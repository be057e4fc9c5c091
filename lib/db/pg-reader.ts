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
const digitsAt = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
};

/**
 * A `timestamp without time zone` as PostgreSQL writes it (ISO DateStyle), read as UTC: Prisma stores DateTime as
 * timestamp(3) holding UTC. "YYYY-MM-DD HH:MM:SS[.f…]" is read digit by digit (rows carry several, and the date
 * string parser was a visible share of a list's CPU); anything else (BC, infinity, years past 9999) goes to Date's.
 */
export function parseUtcTimestamp(s: string): Date {
  if (
    s.length >= 19 &&
    s.length <= 26 &&
    s[4] === "-" &&
    s[7] === "-" &&
    s[10] === " " &&
    s[13] === ":" &&
    s[16] === ":"
  ) {
    let ms = 0;
    if (s.length > 19) {
      // fractional seconds: the first three digits, as Date's parser keeps them
      if (s[19] !== ".") return new Date(`${s.replace(" ", "T")}Z`);
      ms = digitsAt(s, 20, Math.min(23, s.length)) * (s.length >= 23 ? 1 : s.length === 22 ? 10 : 100);
      if (s.length > 23 && Number.isNaN(digitsAt(s, 23, s.length))) ms = NaN;
    }
    const [y, mo, d, h, mi, sec] = [
      digitsAt(s, 0, 4),
      digitsAt(s, 5, 7),
      digitsAt(s, 8, 10),
      digitsAt(s, 11, 13),
      digitsAt(s, 14, 16),
      digitsAt(s, 17, 19),
    ];
    // Date.UTC reads years below 100 as 19xx, and rolls fields over where the parser refuses them
    if (y! >= 100 && mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31 && h! <= 23 && mi! <= 59 && sec! <= 59) {
      const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, sec!, ms);
      if (!Number.isNaN(t)) return new Date(t);
    }
  }
  return new Date(`${s.replace(" ", "T")}Z`);
}
const PARSERS: Partial<Record<number, (s: string) => unknown>> = {
  [builtins.INT8]: (s) => BigInt(s),
  [builtins.TIMESTAMP]: parseUtcTimestamp,
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
