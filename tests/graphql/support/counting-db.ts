/**
 * A second client on a test database that counts the SQL statements it sends,
 * via Prisma's query log events (they fire with driver adapters too).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../../generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "../../../generated/postgresql/client.ts";
import { postgresSchema, sqlitePath, type Db } from "../../../lib/db/client.ts";

/** A client and its statement log. */
export interface CountingDb {
  db: Db;
  statements: string[];
  disconnect(): Promise<void>;
}

/** Opens a counting client on the database at `url`. */
export function createCountingDb(url: string): CountingDb {
  const statements: string[] = [];
  const log = [{ emit: "event", level: "query" }] as const;
  let client: SqliteClient<"query"> | PostgresClient<"query">;
  if (url.startsWith("file:")) {
    client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${sqlitePath(url)}` }), log: [...log] });
  } else {
    const u = new URL(url);
    u.searchParams.delete("schema");
    client = new PostgresClient({ adapter: new PrismaPg({ connectionString: u.toString(), max: 4 }, { schema: postgresSchema(url) }), log: [...log] });
  }
  (client as SqliteClient<"query">).$on("query", (e) => statements.push(e.query));
  return { db: client as unknown as Db, statements, disconnect: () => client.$disconnect() };
}
