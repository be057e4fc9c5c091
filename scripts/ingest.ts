/**
 * `npm run ingest -- PATH…`: ingests .txt, .html/.htm, .json and .jsonl files or
 * folders into the database (DATABASE_URL, default SQLite under data/).
 * Exits non-zero when any article failed.
 */
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { ingestPaths, type IngestItem } from "@/lib/ingest/ingest-files.ts";

function progressBar(done: number, total: number, item: IngestItem) {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const name = item.source.length > 40 ? "…" + item.source.slice(-39) : item.source;
  process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${name.padEnd(40)}`);
  if (done === total) process.stderr.write("\n");
}

async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((a) => a !== "--");
  if (!paths.length) {
    console.error("usage: npm run ingest -- PATH…  (files or folders of .txt, .html, .htm, .json, .jsonl)");
    return 2;
  }
  const env = getEnv();
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
