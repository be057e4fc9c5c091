/**
 * `npm run watch -- FEED… [--every 15m]`: polls RSS/Atom feeds on a schedule and ingests the
 * items not fetched before (lib/ingest/web). Stops cleanly on SIGINT or SIGTERM, after the
 * tick in progress.
 */
import { getDb } from "@/lib/db/client.ts";
import { getEnv } from "@/lib/db/env.ts";
import { migrate } from "@/lib/db/migrate.ts";
import { createFeedWatcher, parseInterval, summarizeUrlResults } from "@/lib/ingest/web/watch-feeds.ts";
import { createWebFetcher, webFetcherOptionsOf } from "@/lib/ingest/web/web-fetcher.ts";

const USAGE = "usage: npm run watch -- FEED_URL… [--every 15m]";

function parseArgs(argv: string[]): { feeds: string[]; everyMs: number } {
  const feeds: string[] = [];
  let everyMs = 15 * 60_000;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    if (a === "--every") everyMs = parseInterval(argv[++i] ?? "");
    else if (a.startsWith("--every=")) everyMs = parseInterval(a.slice("--every=".length));
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}; ${USAGE}`);
    else feeds.push(a);
  }
  return { feeds, everyMs };
}

async function main(): Promise<number> {
  const { feeds, everyMs } = parseArgs(process.argv.slice(2));
  if (!feeds.length) {
    console.error(USAGE);
    return 2;
  }
  const env = getEnv();
  await migrate(env.databaseUrl);
  const db = getDb();
  const watcher = createFeedWatcher(db, feeds, createWebFetcher(webFetcherOptionsOf(env)));
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = (signal: string) => {
    if (!stopping) console.error(`watch: ${signal}, stopping after the current tick`);
    stopping = true;
    wake?.();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  try {
    while (!stopping) {
      const results = await watcher.tick();
      const { items, counts, skipped } = summarizeUrlResults(results);
      for (const i of items) if (i.status === "failed") console.error(`failed: ${i.source}: ${i.reason}`);
      console.log(
        `${new Date().toISOString()} watch: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.updated} updated, ${counts.failed} failed, ${skipped.length} seen before`,
      );
      if (stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, everyMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`watch failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
