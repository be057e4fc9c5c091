/**
 * `npm run bench:ingest [-- --n 500] [-- --pg URL] [-- --workers N]`: ingests a generated corpus
 * into a fresh SQLite file and a fresh PostgreSQL schema and prints articles/s.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";
import { getSettings } from "@/lib/settings/settings.ts";
import { generateCorpus } from "./generate-corpus.ts";

const args = process.argv.slice(2);
const opt = (k: string, d: string) => {
  const i = args.indexOf(k);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const n = Number(opt("--n", "500"));
const pgBase = opt("--pg", getSettings().BENCH_POSTGRES_URL);
const only = opt("--only", "sqlite,postgresql").split(",");
// extraction worker threads; the default is ingest's own (one per spare core)
const workers = opt("--workers", "") === "" ? undefined : Number(opt("--workers", ""));

async function benchOne(label: string, url: string, cleanup: () => Promise<void>) {
  await migrate(url);
  const db = createDb(url);
  const records = generateCorpus(n);
  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { counts } = await ingestRecords(db, records, undefined, { workers });
    const s = (performance.now() - t0) / 1000;
    // CPU time of this process, all threads: what a busy shared machine cannot inflate
    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / n;
    const [quotes, actors] = await Promise.all([db.quote.count(), db.actor.count()]);
    console.log(
      `${label.padEnd(10)} ${n} articles in ${s.toFixed(2)} s = ${(n / s).toFixed(1)} articles/s  (new ${counts.new}, failed ${counts.failed}; ${quotes} quotes, ${actors} actors; ${cpuMsPerArticle.toFixed(1)} ms CPU per article)`,
    );
  } finally {
    await db.$disconnect();
    await cleanup();
  }
}

console.log(
  `bench:ingest on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}, extraction workers ${workers ?? "default"}`,
);
if (only.includes("sqlite")) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  await benchOne("SQLite", `file:${path.join(dir, "bench.db")}`, async () =>
    fs.rmSync(dir, { recursive: true, force: true }),
  );
}
if (only.includes("postgresql")) {
  const schema = `bench_${process.pid}`;
  await benchOne("PostgreSQL", `${pgBase}${pgBase.includes("?") ? "&" : "?"}schema=${schema}`, async () => {
    const c = new pg.Client({ connectionString: pgBase });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  });
}
