/**
 * `npm run bench:ingest-growth [-- --n 20000 --url URL --window 1000 --keep]`: ingests a
 * generated corpus into one database and prints the rate of every window of articles,
 * so a rate that falls as the database grows shows up (start, end and overall rate).
 * `--url` defaults to a fresh PostgreSQL schema of BENCH_POSTGRES_URL (dropped after,
 * unless `--keep`); a `file:` URL benchmarks SQLite.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import { generateCorpus } from "./generate-corpus.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "20000" },
    window: { type: "string", default: "1000" },
    url: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const n = Number(values.n);
const windowSize = Number(values.window);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got ${JSON.stringify(values.n)}`);
if (!Number.isInteger(windowSize) || windowSize < 1)
  throw new Error(`--window must be a positive integer, got ${JSON.stringify(values.window)}`);
const pgBase = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const schema = `growth_${process.pid}`;
const url = values.url ?? `${pgBase}${pgBase.includes("?") ? "&" : "?"}schema=${schema}`;

console.log(
  `bench:ingest-growth: ${n} articles into ${url.startsWith("file:") ? url : url.replace(/\/\/[^@]*@/, "//")}, windows of ${windowSize}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
await migrate(url);
const db = createDb(url);
const rates: number[] = [];
try {
  const records = generateCorpus(n);
  const t0 = performance.now();
  let tw = t0;
  const { counts } = await ingestRecords(db, records, (done, total) => {
    if (done % windowSize !== 0 && done !== total) return;
    const now = performance.now();
    const size = done % windowSize || windowSize;
    const rate = size / ((now - tw) / 1000);
    rates.push(rate);
    tw = now;
    console.log(
      `  ${String(done).padStart(7)}  ${rate.toFixed(1).padStart(7)} articles/s  (load ${os.loadavg()[0]!.toFixed(2)})`,
    );
  });
  const s = (performance.now() - t0) / 1000;
  const first = rates[0]!;
  const last = rates.at(-1)!;
  console.log(
    `overall ${(n / s).toFixed(1)} articles/s in ${s.toFixed(0)} s; first window ${first.toFixed(1)}, last ${last.toFixed(1)}: start ÷ end ${(first / last).toFixed(2)} (new ${counts.new}, failed ${counts.failed})`,
  );
} finally {
  await db.$disconnect();
  if (!values.url && !values.keep) {
    const c = new pg.Client({ connectionString: pgBase });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
}
