import type { Prisma } from "@/generated/sqlite/client.ts";
import { pgReaderOf, sqliteReaderOf, type Db } from "@/lib/db/client.ts";

/**
 * The rows of a hand-written SELECT: on SQLite through a cached prepared statement
 * on a read-only connection (lib/db/sqlite-reader.ts), on PostgreSQL as a named prepared
 * statement on a pool of its own (lib/db/pg-reader.ts), elsewhere (transactions) through `$queryRaw`.
 * Row values are typed as `$queryRaw` types them.
 */
export async function queryRows<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const reader = sqliteReaderOf(db);
  if (reader) return reader.all<T>(sql.sql, sql.values);
  const pgReader = pgReaderOf(db);
  if (pgReader) return pgReader.all<T>(sql.text, sql.values);
  return db.$queryRaw<T[]>(sql);
}
