/**
 * `npm run ingest -- PATH|URL…`: ingests .txt, .html/.htm, .json and .jsonl files or
 * folders, and http(s) URLs of article pages or RSS/Atom feeds (lib/ingest/web), into the
 * database (DATABASE_URL, default SQLite under data/).
 * `npm run ingest -- --queue PATH…` (PostgreSQL only) reads files and queues one job per
 * article for `npm run worker` processes instead (lib/queue/ingest-queue.ts).
 * Exits non-zero when any article (or, queueing, any file) failed.
 */
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestPaths, type IngestItem, type IngestSummary } from "@/lib/ingest/ingest-files.ts";
import type { ArticleRecord } from "@/lib/ingest/read-article-file.ts";
import { readArticlePaths } from "@/lib/ingest/read-article-paths.ts";
import { ingestUrl } from "@/lib/ingest/web/ingest-url.ts";
import { summarizeUrlResults } from "@/lib/ingest/web/watch-feeds.ts";
import { createWebFetcher, webFetcherOptionsOf } from "@/lib/ingest/web/web-fetcher.ts";
import { enqueueRecords } from "@/lib/queue/ingest-queue.ts";
import { getQueueDatabase } from "@/lib/queue/queue-database.ts";

const isUrl = (a: string) => /^https?:\/\//i.test(a);

/** Ingests URLs one after another (each feed's items too), with one line of progress per article. */
async function ingestUrls(db: ReturnType<typeof getDb>, urls: string[]): Promise<Required<IngestSummary>> {
  if (!urls.length) return { items: [], counts: { new: 0, unchanged: 0, updated: 0, failed: 0 }, skipped: [] };
  const fetcher = createWebFetcher(webFetcherOptionsOf(getEnv()));
  const results = [];
  let done = 0;
  for (const url of urls)
    results.push(await ingestUrl(db, url, { fetcher, onItem: (item) => progressBar(++done, done, item) }));
  return summarizeUrlResults(results);
}

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
  const targets = args.filter((a) => a !== "--queue");
  const unknown = targets.find((a) => a.startsWith("--"));
  if (!targets.length || unknown) {
    if (unknown) console.error(`unknown option ${unknown}`);
    console.error(
      "usage: npm run ingest -- [--queue] PATH|URL…  (files or folders of .txt, .html, .htm, .json, .jsonl; http(s) article pages or RSS/Atom feeds; --queue takes files only)",
    );
    return 2;
  }
  const env = getEnv();
  if (queue) {
    const url = targets.find(isUrl);
    if (url) {
      console.error(`--queue takes files and folders, not URLs (${url}): ingest URLs without --queue`);
      return 2;
    }
    return enqueue(env.databaseUrl, targets);
  }
  await migrate(env.databaseUrl);
  const db = getDb();
  try {
    const paths = targets.filter((a) => !isUrl(a));
    const files = paths.length ? await ingestPaths(db, paths, progressBar) : null;
    const web = await ingestUrls(db, targets.filter(isUrl));
    const items = [...(files?.items ?? []), ...web.items];
    const skipped = [...(files?.skipped ?? []), ...web.skipped];
    const counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
    for (const i of items) counts[i.status]++;
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
