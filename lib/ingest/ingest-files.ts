import type { Db } from "@/lib/db/client.ts";
import { withWriter } from "@/lib/db/write/writer.ts";
import type { ExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { cleanArticleInput } from "@/lib/text/input-boundary.ts";
import { createExtractPool, defaultPoolSize } from "./extract-pool.ts";
import type { SkippedPath } from "./find-article-files.ts";
import { getTextRefusal } from "./ingest-article.ts";
import { ingestRecord, saveRecord, type IngestItem } from "./ingest-record.ts";
import type { ArticleRecord } from "./read-article-file.ts";
import { readArticlePaths } from "./read-article-paths.ts";

export { MAX_ARTICLE_CHARS } from "./ingest-article.ts";
export { ingestRecord, type IngestItem } from "./ingest-record.ts";

/** The summary of an ingest run. */
export interface IngestSummary {
  items: IngestItem[];
  counts: Record<IngestItem["status"], number>;
  /** What the named folders hold but ingest did not read (symbolic links, unsupported files). */
  skipped?: SkippedPath[];
}

/** Called after each item, for progress display. */
export type ProgressFn = (done: number, total: number, item: IngestItem) => void;

/**
 * Ingests every article under `paths` (files or folders), one transaction per
 * article. A failing file never stops the others; each failure keeps its reason.
 */
export async function ingestPaths(
  db: Db,
  paths: string[],
  onProgress?: ProgressFn,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const { records, skipped } = readArticlePaths(paths);
  const summary = await ingestRecords(db, records, onProgress, opts);
  return { ...summary, skipped };
}

/** Fewest articles worth starting extraction workers for (a worker takes a while to load). */
export const MIN_RECORDS_FOR_WORKERS = 40;

/** Options of a batch ingest. */
export interface IngestOptions {
  /** Extraction worker threads: default one per spare core (up to 4) for batches of MIN_RECORDS_FOR_WORKERS or more; 0 extracts in this thread. */
  workers?: number;
}

/**
 * Ingests records already read (unreadable files come as failed items and are
 * passed through) through one writer, one transaction per article, in input
 * order. Extraction runs ahead on worker threads while this thread writes.
 */
export async function ingestRecords(
  db: Db,
  records: (ArticleRecord | IngestItem)[],
  onProgress?: ProgressFn,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const size = opts.workers ?? (records.length >= MIN_RECORDS_FOR_WORKERS ? defaultPoolSize() : 0);
  const pool = size > 0 ? createExtractPool(size) : null;
  try {
    return await withWriter(db, async (w) => {
      const items: IngestItem[] = [];
      const done = (item: IngestItem) => {
        items.push(item);
        onProgress?.(items.length, records.length, item);
      };
      if (!pool) {
        for (const r of records) done("text" in r ? await ingestRecord(w, r) : r);
        return { items, counts: countItems(items) };
      }
      // extractions in flight ahead of the writer: enough to keep every worker busy
      const ahead = pool.size * 2;
      const pending: Promise<{ extraction: ExtractedArticle } | { error: string } | null>[] = [];
      const start = (i: number) => {
        const r = records[i]!;
        if (!("text" in r) || getTextRefusal(r.text)) return Promise.resolve(null);
        const input = cleanArticleInput(r.text, r.hints);
        return pool.extract(input.text, input.hints).then(
          (extraction) => ({ extraction }),
          (err: Error) => ({ error: err.message }),
        );
      };
      for (let i = 0; i < records.length; i++) {
        for (let j = pending.length; j < Math.min(records.length, i + ahead + 1); j++) pending.push(start(j));
        const r = records[i]!;
        const got = await pending[i]!;
        pending[i] = Promise.resolve(null); // let the extraction be collected
        if (!("text" in r)) done(r);
        else if (!got) done({ source: r.source, status: "failed", reason: getTextRefusal(r.text)! });
        else if ("error" in got) done({ source: r.source, status: "failed", reason: got.error });
        else done(await saveRecord(w, r, got.extraction));
      }
      return { items, counts: countItems(items) };
    });
  } finally {
    await pool?.close();
  }
}

function countItems(items: IngestItem[]): IngestSummary["counts"] {
  const counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  for (const i of items) counts[i.status]++;
  return counts;
}
