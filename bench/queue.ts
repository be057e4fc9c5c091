/**
 * `npm run bench:queue [-- --n 200] [-- --workers 1,2] [-- --pg URL]`: on PostgreSQL, queues a
 * generated corpus and times worker processes (`scripts/worker.ts`) draining it, beside one
 * in-process ingest of the same corpus; then times the rate limit's take, in memory and in
 * PostgreSQL (one at a time and 16 at once). Prints articles/s, jobs/s and takes/s.
 */
import os from "node:os";
import pg from "pg";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { PostgresRateLimiter } from "@/lib/http/postgres-rate-limiter.ts";
import { RateLimiter } from "@/lib/http/rate-limiter.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import { enqueueRecords } from "@/lib/queue/ingest-queue.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { startScript } from "@/scripts/lib/start-script.ts";
import { generateCorpus } from "./generate-corpus.ts";

const args = process.argv.slice(2);
const opt = (k: string, d: string) => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const n = Number(opt("--n", "200"));
const workerCounts = opt("--workers", "1,2").split(",").map(Number);
const pgBase = opt("--pg", getSettings().BENCH_POSTGRES_URL);
const records = generateCorpus(n);
const admin = new pg.Client({ connectionString: pgBase });
await admin.connect();

async function freshSchema(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `bench_q_${label}_${process.pid}`;
  const url = `${pgBase}${pgBase.includes("?") ? "&" : "?"}schema=${schema}`;
  await migrate(url);
  return {
    url,
    drop: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}_graphile_worker" CASCADE`);
    },
  };
}

const articles = async (url: string) =>
  Number(
    (await admin.query(`SELECT count(*)::int AS n FROM "${new URL(url).searchParams.get("schema")}"."Article"`)).rows[0]
      .n,
  );

async function benchInProcess(): Promise<void> {
  const { url, drop } = await freshSchema("direct");
  const db = createDb(url);
  try {
    const t0 = performance.now();
    await ingestRecords(db, records, undefined, { workers: 0 });
    const s = (performance.now() - t0) / 1000;
    // what an article costs on disk (tables, indexes, TOAST), to size the database at 10× and 100×
    const { rows } = await admin.query<{ bytes: string }>(
      `SELECT sum(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE s.nspname = $1 AND c.relkind = 'r'`,
      [new URL(url).searchParams.get("schema")],
    );
    const kb = Number(rows[0]!.bytes) / 1024 / n;
    console.log(
      `in-process ingest (1 thread)   ${n} articles in ${s.toFixed(2)} s = ${(n / s).toFixed(1)} articles/s; ${kb.toFixed(1)} KiB on disk per article`,
    );
  } finally {
    await db.$disconnect();
    await drop();
  }
}

async function benchWorkers(k: number): Promise<void> {
  const { url, drop } = await freshSchema(`w${k}`);
  const workers = Array.from({ length: k }, (_, i) =>
    startScript("worker.ts", ["--name", `b${i}`], { DATABASE_URL: url }),
  );
  try {
    await Promise.all(workers.map((w) => w.waitFor(/taking ingest jobs/, 120_000)));
    const t0 = performance.now();
    await enqueueRecords(url, records);
    const queued = (performance.now() - t0) / 1000;
    while ((await articles(url)) < n) await new Promise((r) => setTimeout(r, 100));
    const s = (performance.now() - t0) / 1000;
    const perWorker = workers.map((w) => (w.output().match(/: new /g) ?? []).length);
    console.log(
      `queue, ${k} worker process${k > 1 ? "es" : "  "}     ${n} articles in ${s.toFixed(2)} s = ${(n / s).toFixed(1)} articles/s (enqueue ${(n / queued).toFixed(0)} jobs/s; jobs per worker ${perWorker.join("/")})`,
    );
  } finally {
    await Promise.all(workers.map((w) => w.stop("SIGTERM")));
    await drop();
  }
}

async function timeTakes(label: string, take: () => unknown, total: number, parallel: number): Promise<void> {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next++ < total) await take();
    }),
  );
  const ms = performance.now() - t0;
  console.log(
    `rate limit ${label.padEnd(24)} ${((total / ms) * 1000).toFixed(0).padStart(7)} takes/s, ${((ms / total) * parallel).toFixed(3)} ms each`,
  );
}

console.log(
  `bench:queue on ${os.cpus().length} cores, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}, ${n} generated articles`,
);
try {
  await benchInProcess();
  for (const k of workerCounts) await benchWorkers(k);
  const { url, drop } = await freshSchema("rl");
  try {
    const memory = new RateLimiter({ perMinute: 1e9, burst: 1e9 });
    const shared = new PostgresRateLimiter({ databaseUrl: url, name: "bench", perMinute: 1e9, burst: 1e9 });
    let i = 0;
    await timeTakes("in memory", () => memory.take(`10.0.${i % 250}.${i++ % 200}`), 20_000, 1);
    await timeTakes("PostgreSQL, 1 at a time", () => shared.take(`10.0.${i % 250}.${i++ % 200}`), 2000, 1);
    await timeTakes("PostgreSQL, 16 at once", () => shared.take(`10.0.${i % 250}.${i++ % 200}`), 4000, 16);
    await timeTakes("PostgreSQL, 1 hot client", () => shared.take("10.9.9.9"), 4000, 16);
    await shared.close();
  } finally {
    await drop();
  }
} finally {
  await admin.end();
}
