/**
 * The consumer side of the ingest queue: a graphile-worker runner whose one task hands each
 * record to the same use case as `npm run ingest` (lib/ingest/ingest-article.ts: the same checks,
 * extraction and save step, through one writer held for the runner's life, as the CLI holds one
 * for its batch). Workers on any number of machines share the backlog: a job is locked
 * by one worker at a time (SELECT … FOR UPDATE SKIP LOCKED) and deleted when its article is
 * saved, so no article is ingested twice. A database error is retried (MAX_ATTEMPTS, growing
 * delays); a refused article fails for good at once, its reason kept as the job's last error.
 */
import { Logger, run, type JobHelpers, type Runner } from "graphile-worker";
import type { Db } from "@/lib/db/client.ts";
import { openWriter } from "@/lib/db/write/writer.ts";
import { ArticleRefusedError, extractArticle, saveExtraction } from "@/lib/ingest/ingest-article.ts";
import { parseIngestJobPayload } from "./ingest-job.ts";
import { migrateQueue } from "./ingest-queue.ts";
import { getQueueDatabase, INGEST_TASK } from "./queue-database.ts";

/** One job's outcome, for the worker's log. */
export interface IngestJobOutcome {
  jobId: string;
  attempt: number;
  source: string;
  /** The save status, or "failed" with `reason` (`final` when no retry follows). */
  status: "new" | "unchanged" | "updated" | "failed";
  reason?: string;
  final?: boolean;
}

/** Options of a worker process. */
export interface IngestWorkerOptions {
  databaseUrl: string;
  /** The app's client the articles are saved through. */
  db: Db;
  /** Jobs run at once in this process (default 1: extraction is CPU-bound, one core each). */
  concurrency?: number;
  /** Milliseconds between polls for retries that came due (new jobs arrive by LISTEN at once). */
  pollInterval?: number;
  onJob?: (outcome: IngestJobOutcome) => void;
}

/** Marks the running job as failed for good (graphile-worker 0.17 has no public call for a locked job). */
async function failForGood(helpers: JobHelpers, schema: string): Promise<void> {
  await helpers.query(`UPDATE "${schema}"._private_jobs SET max_attempts = attempts WHERE id = $1`, [helpers.job.id]);
}

/** graphile-worker's warnings and errors (a failed task's stack); its per-job info lines repeat `onJob`. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`queue: ${message}`);
  else if (level === "warning") console.warn(`queue: ${message}`);
});

/** Starts a runner taking ingest jobs; stop it with `runner.stop()` (it waits for running jobs). */
export async function startIngestWorker(opts: IngestWorkerOptions): Promise<Runner> {
  const { connectionString, schema } = getQueueDatabase(opts.databaseUrl);
  await migrateQueue(opts.databaseUrl);
  const concurrency = opts.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new Error(`worker concurrency must be a whole number from 1 to 64, got ${concurrency}`);
  const report = opts.onJob ?? (() => undefined);
  // one writer (its own pool of 2) for every job: opening one per article costs a connection each
  const writer = openWriter(opts.db);
  const ingestTask = async (payload: unknown, helpers: JobHelpers) => {
    const { job } = helpers;
    const base = { jobId: job.id, attempt: job.attempts, source: "(unreadable payload)" };
    let rec;
    try {
      rec = parseIngestJobPayload(payload);
    } catch (err) {
      await failForGood(helpers, schema);
      report({ ...base, status: "failed", reason: (err as Error).message, final: true });
      throw err;
    }
    try {
      const saved = await saveExtraction(writer, extractArticle(rec));
      report({ ...base, source: rec.source, status: saved.status });
    } catch (err) {
      const refused = err instanceof ArticleRefusedError;
      if (refused) await failForGood(helpers, schema);
      const final = refused || job.attempts >= job.max_attempts;
      report({ ...base, source: rec.source, status: "failed", reason: (err as Error).message, final });
      throw err;
    }
  };
  const runner = await run({
    connectionString,
    schema,
    concurrency,
    // the queue's pool: each running job holds no connection while it extracts, the app's client saves
    maxPoolSize: Math.max(4, concurrency + 2),
    pollInterval: opts.pollInterval ?? 2000,
    noHandleSignals: true,
    taskList: { [INGEST_TASK]: ingestTask },
    parsedCronItems: [],
    logger: quietLogger,
  }).catch(async (err: unknown) => {
    await writer.close();
    throw err;
  });
  const done = runner.promise.finally(() => writer.close());
  return {
    ...runner,
    promise: done,
    stop: async (reason) => {
      await runner.stop(reason);
      await done;
    },
  };
}
