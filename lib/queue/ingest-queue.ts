/**
 * The producer side of the ingest queue (graphile-worker on PostgreSQL): one job per article
 * record, keyed by its content (ingest-job.ts) with `unsafe_dedupe`, so a record already
 * waiting, running or permanently failed is not queued again; a record whose job finished
 * may be queued again and is then ingested as unchanged.
 */
import { makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import type { ArticleRecord } from "@/lib/ingest/read-article-file.ts";
import { ingestJobKeyOf } from "./ingest-job.ts";
import { getQueueDatabase, INGEST_TASK } from "./queue-database.ts";

/** Attempts per job: the first and four retries (graphile-worker waits e^attempt seconds between them). */
export const MAX_ATTEMPTS = 5;

/** What enqueueing did. */
export interface EnqueueSummary {
  /** Jobs added now. */
  queued: number;
  /** Records whose job was already in the queue (waiting, running or failed for good). */
  alreadyQueued: number;
}

/** A job that failed for good, as `npm run worker -- --failed` lists it. */
export interface FailedJob {
  id: string;
  source: string;
  attempts: number;
  lastError: string;
  updatedAt: Date;
}

/** Installs or upgrades the queue's schema, one process at a time (graphile-worker retries clashes only once). */
export async function migrateQueue(databaseUrl: string): Promise<void> {
  const { connectionString, schema } = getQueueDatabase(databaseUrl);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [`news-queue-migrate:${schema}`]);
    const utils = await makeWorkerUtils({ connectionString, schema, maxPoolSize: 2 });
    try {
      await utils.migrate();
    } finally {
      await utils.release();
    }
  } finally {
    await client.end();
  }
}

/** The queue's utilities plus a query helper on its pool. */
type QueueUtils = WorkerUtils & {
  query: <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;
};

async function withQueue<T>(databaseUrl: string, fn: (utils: QueueUtils, schema: string) => Promise<T>): Promise<T> {
  await migrateQueue(databaseUrl);
  const { connectionString, schema } = getQueueDatabase(databaseUrl);
  const utils = await makeWorkerUtils({ connectionString, schema, maxPoolSize: 4 });
  const query: QueueUtils["query"] = (text, values) => utils.withPgClient((c) => c.query(text, values));
  try {
    return await fn(Object.assign(utils, { query }), schema);
  } finally {
    await utils.release();
  }
}

/** Queues one ingest job per record (a record already queued is counted, not queued again). */
export function enqueueRecords(databaseUrl: string, records: ArticleRecord[]): Promise<EnqueueSummary> {
  return withQueue(databaseUrl, async (utils, schema) => {
    const keys = records.map(ingestJobKeyOf);
    // only for the report: the job key decides, atomically, whether a job is added
    const { rows } = await utils.query<{ key: string }>(
      `SELECT key FROM "${schema}"._private_jobs WHERE key = ANY($1::text[])`,
      [keys],
    );
    const known = new Set(rows.map((r) => r.key));
    let queued = 0;
    for (const [i, rec] of records.entries()) {
      const jobKey = keys[i]!;
      await utils.addJob(INGEST_TASK, rec, { jobKey, jobKeyMode: "unsafe_dedupe", maxAttempts: MAX_ATTEMPTS });
      if (!known.has(jobKey)) queued++;
      known.add(jobKey);
    }
    return { queued, alreadyQueued: records.length - queued };
  });
}

/** The jobs that failed for good (refused articles, or errors on every attempt), oldest first, at most `limit`. */
export function findFailedJobs(databaseUrl: string, limit = 100): Promise<FailedJob[]> {
  return withQueue(databaseUrl, async (utils, schema) => {
    const { rows } = await utils.query<{
      id: string;
      source: string | null;
      attempts: number;
      last_error: string | null;
      updated_at: Date;
    }>(
      `SELECT id::text, payload->>'source' AS source, attempts, last_error, updated_at
       FROM "${schema}"._private_jobs WHERE attempts >= max_attempts AND locked_at IS NULL
       ORDER BY updated_at, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      source: r.source ?? "(no source)",
      attempts: r.attempts,
      lastError: r.last_error ?? "(no error recorded)",
      updatedAt: r.updated_at,
    }));
  });
}

/** Jobs waiting or running: the backlog workers share. */
export function countPendingJobs(databaseUrl: string): Promise<number> {
  return withQueue(databaseUrl, async (utils, schema) => {
    const { rows } = await utils.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "${schema}"._private_jobs WHERE attempts < max_attempts`,
    );
    return Number(rows[0]!.n);
  });
}
