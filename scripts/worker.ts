/**
 * `npm run worker -- [--concurrency N] [--name NAME]`: takes ingest jobs queued by
 * `npm run ingest -- --queue` off the PostgreSQL queue (DATABASE_URL) until SIGTERM or SIGINT,
 * then finishes the jobs it holds and exits. Run as many as the backlog needs, on any machines.
 * `npm run worker -- --failed` lists the jobs that failed for good, with their reasons.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { findFailedJobs } from "@/lib/queue/ingest-queue.ts";
import { startIngestWorker, type IngestJobOutcome } from "@/lib/queue/ingest-worker.ts";
import { getQueueDatabase } from "@/lib/queue/queue-database.ts";

const { values } = parseArgs({
  options: {
    concurrency: { type: "string", short: "c", default: "1" },
    name: { type: "string", default: `${os.hostname()}:${process.pid}` },
    failed: { type: "boolean", default: false },
  },
  args: process.argv.slice(2).filter((a) => a !== "--"),
});

async function listFailed(databaseUrl: string): Promise<number> {
  const failed = await findFailedJobs(databaseUrl);
  for (const j of failed)
    console.log(`job ${j.id}: ${j.source}: ${j.lastError} (${j.attempts} attempts, ${j.updatedAt.toISOString()})`);
  console.log(`worker: ${failed.length} jobs failed for good${failed.length === 100 ? " (first 100 shown)" : ""}`);
  return 0;
}

function logOutcome(name: string, o: IngestJobOutcome): void {
  const where = `(job ${o.jobId}, attempt ${o.attempt})`;
  if (o.status !== "failed") console.log(`worker ${name}: ${o.status} ${o.source} ${where}`);
  else
    console.error(
      `worker ${name}: failed ${o.source} ${where}: ${o.reason}${o.final ? " (no retry)" : " (will retry)"}`,
    );
}

async function main(): Promise<number> {
  const env = getEnv();
  getQueueDatabase(env.databaseUrl); // refuses SQLite with the reason
  if (values.failed) return listFailed(env.databaseUrl);
  const concurrency = Number(values.concurrency);
  await migrate(env.databaseUrl);
  const db = getDb();
  const runner = await startIngestWorker({
    databaseUrl: env.databaseUrl,
    db,
    concurrency,
    onJob: (o) => logOutcome(values.name, o),
  });
  console.log(`worker ${values.name}: taking ingest jobs (concurrency ${concurrency})`);
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      console.log(`worker ${values.name}: ${sig}: finishing the jobs in hand`);
      void runner.stop(`received ${sig}`);
    });
  try {
    await runner.promise;
  } finally {
    await db.$disconnect();
  }
  console.log(`worker ${values.name}: stopped`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`worker failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
