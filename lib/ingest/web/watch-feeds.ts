/**
 * Feed watching: each tick fetches every feed and ingests the items not fetched before.
 * The schedule (a setTimeout loop, stopped by a signal) lives in scripts/watch.ts; tests
 * drive `tick` directly.
 */
import type { Db } from "@/lib/db/client.ts";
import type { IngestSummary } from "@/lib/ingest/ingest-files.ts";
import { ingestUrl, type UrlIngestResult } from "./ingest-url.ts";
import type { Validators } from "./request-once.ts";
import type { WebFetcher } from "./web-fetcher.ts";

/** Polls a fixed list of feeds. */
export interface FeedWatcher {
  /** Fetches each feed once, in order (conditionally after the first tick), and ingests its new items; never throws for a feed that fails. */
  tick(): Promise<UrlIngestResult[]>;
}

/** A watcher of `feeds` (URLs of RSS or Atom feeds) ingesting into `db`. */
export function createFeedWatcher(db: Db, feeds: string[], fetcher: WebFetcher): FeedWatcher {
  // each feed's ETag and Last-Modified: a feed that has not changed answers 304, with no body to read
  const validators = new Map<string, Validators>();
  return {
    async tick() {
      const results: UrlIngestResult[] = [];
      for (const feed of feeds) results.push(await ingestUrl(db, feed, { fetcher, feedsOnly: true, validators }));
      return results;
    },
  };
}

/** One summary of several URLs' results, as file ingest counts them (a URL that failed is one failed item). */
export function summarizeUrlResults(results: UrlIngestResult[]): Required<IngestSummary> {
  const items = results.flatMap((r) =>
    r.error ? [{ source: r.url, status: "failed" as const, reason: r.error }, ...r.items] : r.items,
  );
  const counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  for (const i of items) counts[i.status]++;
  return { items, counts, skipped: results.flatMap((r) => r.skipped) };
}

/** Parses a watch interval: `90s`, `15m`, `2h` or a number of minutes; throws naming the value when it is not one. */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "m") as "s" | "m" | "h"] : NaN;
  if (!(ms >= 1000)) throw new Error(`--every "${value}": expected a duration of at least 1s, like 90s, 15m or 2h`);
  return ms;
}
