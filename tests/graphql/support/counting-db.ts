/** A second client on a test database that counts the SQL statements it sends (Prisma query events fire with driver adapters too). */
import { createDb, type Db } from "@/lib/db/client.ts";

/** A client and its statement log. */
export interface CountingDb {
  db: Db;
  statements: string[];
  disconnect(): Promise<void>;
}

/** Opens a counting client on the database at `url`. */
export function createCountingDb(url: string): CountingDb {
  const statements: string[] = [];
  const db = createDb(url, { onQuery: (sql) => statements.push(sql) });
  return { db, statements, disconnect: () => db.$disconnect() };
}
