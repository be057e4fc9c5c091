/**
 * `npm run ingest -- PATH…`: ingests .txt, .html/.htm, .json and .jsonl files or
 * folders into the database (DATABASE_URL, default SQLite under data/).
 * `npm run ingest -- --queue PATH…` (PostgreSQL only) reads them and queues one job per
 * article for `npm run worker` processes instead (lib/queue/ingest-queue.ts).
 * Exits non-zero when any article (or, queueing, any file) failed.
 */
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestPaths, type IngestItem } from "@/lib/ingest/ingest-files.ts";
import type { ArticleRecord } from "@/lib/ingest/read-article-file.ts";
import { readArticlePaths } from "@/lib/ingest/read-article-paths.ts";
import { enqueueRecords } from "@/lib/queue/ingest-queue.ts";
import { getQueueDatabase } from "@/lib/queue/queue-database.ts";

function progressBar(done: number, total: number, item: IngestItem) {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const name = item.source.length > 40 ? "…" + item.source.slice(-39) : item.source;
  process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${name.padEnd(40)}`);
  if (done === total) process.stderr.write("\n");
}

/** Reads the articles under `paths` and queues them; the workers ingest them. */
async function enqueue(databaseUrl: string, paths: string[]): Promise<number> {
  getQueueDatabase(databaseUrl); // refuses SQLite before any file is read
  await migrate(databaseUrl);
  const { records, skipped } = readArticlePaths(paths);
  const good = records.filter((r): r is ArticleRecord => "text" in r);
  const bad = records.length - good.length;
  for (const r of records) if (!("text" in r)) console.error(`failed: ${r.source}: ${r.reason}`);
  for (const s of skipped) console.error(`skipped: ${s.path}: ${s.reason}`);
  const { queued, alreadyQueued } = await enqueueRecords(databaseUrl, good);
  console.log(
    `ingest: queued ${queued} new jobs, ${alreadyQueued} already queued, ${bad} unreadable${skipped.length ? `, ${skipped.length} skipped` : ""}`,
  );
  return bad ? 1 : 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const queue = args.includes("--queue");
  const paths = args.filter((a) => a !== "--queue");
  const unknown = paths.find((a) => a.startsWith("--"));
  if (!paths.length || unknown) {
    if (unknown) console.error(`unknown option ${unknown}`);
    console.error("usage: npm run ingest -- [--queue] PATH…  (files or folders of .txt, .html, .htm, .json, .jsonl)");
    return 2;
  }
  const env = getEnv();
  if (queue) return enqueue(env.databaseUrl, paths);
  await migrate(env.databaseUrl);
  const db = getDb();
  try {
    const { items, counts, skipped = [] } = await ingestPaths(db, paths, progressBar);
    for (const i of items) if (i.status === "failed") console.error(`failed: ${i.source}: ${i.reason}`);
    for (const s of skipped) console.error(`skipped: ${s.path}: ${s.reason}`);
    console.log(
      `ingest: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.updated} updated, ${counts.failed} failed${skipped.length ? `, ${skipped.length} skipped` : ""}`,
    );
    return counts.failed ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
