/** A test database with the ingest queue's schema dropped alongside the app's. */
import pg from "pg";
import { getQueueDatabase } from "@/lib/queue/queue-database.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { createTestDb, type TestDb } from "@/tests/support/test-db.ts";

/** createTestDb (PostgreSQL), whose cleanup also drops the queue schema. */
export async function createQueueTestDb(): Promise<TestDb> {
  const t = await createTestDb();
  const { schema } = getQueueDatabase(t.url);
  return {
    ...t,
    async cleanup() {
      await t.cleanup();
      const client = new pg.Client({ connectionString: getSettings().TEST_POSTGRES_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
