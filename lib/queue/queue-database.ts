/**
 * Where the ingest queue lives: graphile-worker's tables in a schema of their own beside the
 * app's, in the same PostgreSQL database, so a backup, a test's schema or a second deployment
 * on one server each has its own backlog.
 */
import { postgresSchema } from "@/lib/db/client.ts";

/** The task name of an ingest job. */
export const INGEST_TASK = "ingest_article";

/** Thrown when the queue is asked for on a database that cannot hold it. */
export class QueueUnavailableError extends Error {
  override readonly name = "QueueUnavailableError";
}

/** The queue's connection string and schema for the app database at `databaseUrl` (PostgreSQL only). */
export function getQueueDatabase(databaseUrl: string): { connectionString: string; schema: string } {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new QueueUnavailableError(
      "the ingest queue needs PostgreSQL (DATABASE_URL=postgresql://…); on SQLite run `npm run ingest -- PATH…` without --queue",
    );
  const app = postgresSchema(databaseUrl);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(app)) throw new Error(`invalid PostgreSQL schema name "${app}"`);
  const u = new URL(databaseUrl);
  // Prisma's parameter: node-postgres would pass it on as a server setting
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), schema: app === "public" ? "graphile_worker" : `${app}_graphile_worker` };
}
