import type { Prisma } from "../../../generated/sqlite/client.ts";
import { sqliteReaderOf, type Db } from "../client.ts";

/**
 * The rows of a hand-written SELECT: on SQLite through a cached prepared statement
 * on a read-only connection (lib/db/sqlite-reader.ts), elsewhere through `$queryRaw`.
 * Row values are typed as `$queryRaw` types them.
 */
export async function queryRows<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const reader = sqliteReaderOf(db);
  if (reader) return reader.all<T>(sql.sql, sql.values);
  return db.$queryRaw<T[]>(sql);
}
