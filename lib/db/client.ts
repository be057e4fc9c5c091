import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client.ts";
import { getEnv } from "./env.ts";
import { PgReader } from "./pg-reader.ts";
import { SqliteReader } from "./sqlite-reader.ts";

/**
 * The Prisma client type the app codes against. Both generated clients come from
 * one schema, so their model APIs are the same; the SQLite one names the type.
 */
export type Db = SqliteClient;

/** The file path of a `file:` SQLite URL. */
export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** The PostgreSQL schema named by `?schema=` in a URL, else "public". */
export function postgresSchema(url: string): string {
  return new URL(url).searchParams.get("schema") || "public";
}

/** Options of a client: `onQuery` hears every SQL statement sent (tests count them). */
export interface DbOptions {
  onQuery?: (sql: string) => void;
}

// on globalThis: a bundler may load this module more than once (one copy per route bundle),
// and a client made by one copy (getDb's singleton) must be known to all of them
const registry = ((globalThis as unknown as { __newsDbRegistry?: object }).__newsDbRegistry ??= {
  urls: new WeakMap<object, string>(),
  listeners: new WeakMap<object, (sql: string) => void>(),
  readers: new WeakMap<object, SqliteReader>(),
  pgReaders: new WeakMap<object, PgReader>(),
}) as {
  urls: WeakMap<object, string>;
  listeners: WeakMap<object, (sql: string) => void>;
  readers: WeakMap<object, SqliteReader>;
  pgReaders?: WeakMap<object, PgReader>;
};
// a registry made by an older copy of this module (development hot reload) lacks the newer map
registry.pgReaders ??= new WeakMap();
const { urls, listeners, readers } = registry;
const pgReaders = registry.pgReaders;

/** The URL a client was created for (null for a client not made by `createDb`): caches watch that database for changes. */
export function databaseUrlOf(db: Db): string | null {
  return urls.get(db) ?? null;
}

/** The read-only statement runner beside a SQLite client, opened on first use; null on PostgreSQL. */
export function sqliteReaderOf(db: Db): SqliteReader | null {
  const known = readers.get(db);
  if (known) return known;
  const url = urls.get(db);
  if (!url?.startsWith("file:")) return null;
  const reader = new SqliteReader(sqlitePath(url), listeners.get(db));
  readers.set(db, reader);
  return reader;
}

/** The statement runner beside a PostgreSQL client (named prepared statements on a pool of its own), opened on first use; null on SQLite. */
export function pgReaderOf(db: Db): PgReader | null {
  const known = pgReaders.get(db);
  if (known) return known;
  const url = urls.get(db);
  if (!url || url.startsWith("file:")) return null;
  const u = new URL(url);
  u.searchParams.delete("schema");
  const reader = new PgReader(u.toString(), postgresSchema(url), listeners.get(db));
  pgReaders.set(db, reader);
  // the client's $disconnect closes the reader's pool too
  const disconnect = db.$disconnect.bind(db);
  (db as unknown as { $disconnect: () => Promise<void> }).$disconnect = async () => {
    pgReaders.delete(db);
    await Promise.all([reader.close(), disconnect()]);
  };
  return reader;
}

/** A new client for `url` (SQLite file or PostgreSQL), with the matching driver adapter. */
export function createDb(url: string, opts: DbOptions = {}): Db {
  const log = opts.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  const listen = (db: Db) => {
    if (opts.onQuery) (db as unknown as SqliteClient<"query">).$on("query", (e) => opts.onQuery!(e.query));
    if (opts.onQuery) listeners.set(db, opts.onQuery);
    urls.set(db, url);
    return db;
  };
  if (url.startsWith("file:")) {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return listen(
      new SqliteClient({
        adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 }),
        errorFormat: "minimal",
        log,
      }) as unknown as Db,
    );
  }
  const u = new URL(url);
  const schema = postgresSchema(url);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}"`);
  u.searchParams.delete("schema");
  // Prisma qualifies its own queries with `schema`; search_path makes raw SQL find the same tables
  const adapter = new PrismaPg(
    { connectionString: u.toString(), max: 10, options: `-c search_path="${schema}"` },
    { schema },
  );
  return listen(new PostgresClient({ adapter, errorFormat: "minimal", log }) as unknown as Db);
}

const globalForDb = globalThis as unknown as { __newsDb?: Db };

/** The process-wide client for DATABASE_URL, reused across hot reloads in development. */
export function getDb(): Db {
  globalForDb.__newsDb ??= createDb(getEnv().databaseUrl);
  return globalForDb.__newsDb;
}
