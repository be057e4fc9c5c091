/**
 * The benchmark database: a SQLite file filled with a generated corpus of N
 * articles, cached under data/bench/ by N and extractor version because ingesting
 * thousands of articles takes minutes. Built under a temporary name and renamed,
 * so an interrupted build never leaves a half-filled file behind to be reused.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { generateCorpus } from "@/bench/generate-corpus.ts";
import { createDb } from "@/lib/db/client.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { EXTRACTOR_VERSION } from "@/lib/extraction/pipeline.ts";
import { ingestRecords } from "@/lib/ingest/ingest-files.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Where the filled database of an N-article corpus is cached. */
export function corpusDbPath(n: number, dir = path.join(root, "data/bench")): string {
  return path.join(dir, `corpus-${n}-x${EXTRACTOR_VERSION}.db`);
}

/** Moves the checkpointed WAL into the main file so the database is one self-contained file. */
function compact(file: string): void {
  const db = new Database(file);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Deletes the temporary files of interrupted builds of `file` (their process is gone). */
function removeAbandonedBuilds(file: string): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const m = name.startsWith(`${path.basename(file)}.`) ? /\.(\d+)\.tmp(-wal|-shm)?$/.exec(name) : null;
    if (m && !isRunning(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * The path of a database holding `n` generated articles, ingesting them first
 * when no cached file exists. Migrations are applied on every call (a no-op when
 * none are pending), so a cached file follows schema changes.
 */
export async function getCorpusDb(n: number, log: (s: string) => void = console.log): Promise<string> {
  const file = corpusDbPath(n);
  if (!fs.existsSync(file)) {
    removeAbandonedBuilds(file);
    const tmp = `${file}.${process.pid}.tmp`;
    await migrate(`file:${tmp}`);
    const db = createDb(`file:${tmp}`);
    const t0 = performance.now();
    log(`ingesting a generated corpus of ${n} articles into ${path.relative(root, file)} (cached for later runs)…`);
    try {
      const { counts, items } = await ingestRecords(db, generateCorpus(n), (done, total) => {
        if (done % 500 === 0 || done === total) log(`  ${done}/${total}`);
      });
      const failed = items.filter((i) => i.status === "failed").slice(0, 3);
      if (counts.failed)
        log(
          `  ${counts.failed} generated articles failed to ingest, e.g. ${failed.map((i) => `${i.source}: ${i.reason}`).join("; ")}`,
        );
    } finally {
      await db.$disconnect();
    }
    compact(tmp);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${tmp}${suffix}`, { force: true });
    fs.renameSync(tmp, file);
    log(`  done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  await migrate(`file:${file}`);
  return file;
}
