import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../../generated/postgresql/client.ts";
import { getEnv } from "./env.ts";

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

/** A new client for `url` (SQLite file or PostgreSQL), with the matching driver adapter. */
export function createDb(url: string): Db {
  if (url.startsWith("file:")) {
    const file = sqlitePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 }), errorFormat: "minimal" });
  }
  const u = new URL(url);
  const schema = postgresSchema(url);
  u.searchParams.delete("schema");
  const adapter = new PrismaPg({ connectionString: u.toString(), max: 10 }, { schema });
  const db = new PostgresClient({ adapter, errorFormat: "minimal" }) as unknown as Db;
  pgSchemas.set(db, schema);
  return db;
}

const pgSchemas = new WeakMap<Db, string>();

/** The PostgreSQL schema a client works in, or null for SQLite. Raw SQL must qualify tables with it. */
export function getPostgresSchema(db: Db): string | null {
  return pgSchemas.get(db) ?? null;
}

const globalForDb = globalThis as unknown as { __newsDb?: Db };

/** The process-wide client for DATABASE_URL, reused across hot reloads in development. */
export function getDb(): Db {
  globalForDb.__newsDb ??= createDb(getEnv().databaseUrl);
  return globalForDb.__newsDb;
}
