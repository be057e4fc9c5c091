import { extract, EXTRACTOR_VERSION } from "../extraction/pipeline.ts";
import type { Db } from "../db/client.ts";
import { saveArticle, type SaveStatus } from "../db/save-article.ts";
import { findArticleFiles } from "./find-article-files.ts";
import { readArticleFile, type ArticleRecord } from "./read-article-file.ts";

/** Longest article text ingested, in characters: news articles are far shorter, and memory stays bounded. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** The outcome of one article (or one unreadable file). */
export interface IngestItem {
  source: string;
  status: SaveStatus | "failed";
  reason?: string;
  slug?: string;
}

/** The summary of an ingest run. */
export interface IngestSummary {
  items: IngestItem[];
  counts: Record<IngestItem["status"], number>;
}

/** Called after each item, for progress display. */
export type ProgressFn = (done: number, total: number, item: IngestItem) => void;

/** Extracts and saves one record; failures become items with a reason, never exceptions. */
export async function ingestRecord(db: Db, rec: ArticleRecord): Promise<IngestItem> {
  if (rec.text.length > MAX_ARTICLE_CHARS) {
    return { source: rec.source, status: "failed", reason: `article text is ${(rec.text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_ARTICLE_CHARS / 1e6} million` };
  }
  try {
    const extraction = extract({ text: rec.text, hints: rec.hints });
    if (!extraction.article.body.trim()) return { source: rec.source, status: "failed", reason: "no article text left after removing page furniture" };
    const r = await saveArticle(db, { extraction, extractorVersion: EXTRACTOR_VERSION });
    return { source: rec.source, status: r.status, slug: r.slug };
  } catch (err) {
    return { source: rec.source, status: "failed", reason: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Ingests every article under `paths` (files or folders), one transaction per
 * article. A failing file never stops the others; each failure keeps its reason.
 */
export async function ingestPaths(db: Db, paths: string[], onProgress?: ProgressFn): Promise<IngestSummary> {
  const { files, missing } = findArticleFiles(paths);
  const items: IngestItem[] = missing.map((m) => ({ source: m, status: "failed", reason: "no such file or folder" }));
  const records: (ArticleRecord | IngestItem)[] = [];
  for (const file of files) {
    try {
      records.push(...readArticleFile(file));
    } catch (err) {
      records.push({ source: file, status: "failed", reason: err instanceof Error ? err.message.replace(`${file}: `, "") : String(err) });
    }
  }
  const summary = await ingestRecords(db, records, onProgress);
  return { items: [...items, ...summary.items], counts: countItems([...items, ...summary.items]) };
}

/** Ingests records already read (unreadable files come as failed items and are passed through). */
export async function ingestRecords(db: Db, records: (ArticleRecord | IngestItem)[], onProgress?: ProgressFn, concurrency = 1): Promise<IngestSummary> {
  const items: IngestItem[] = new Array(records.length);
  let next = 0;
  let done = 0;
  // measured (bench:ingest): more than one article in flight is slower on both
  // databases (lock waits, actor-creation conflicts), so 1 is the default
  const worker = async () => {
    for (let i = next++; i < records.length; i = next++) {
      const r = records[i]!;
      const item = "text" in r ? await ingestRecord(db, r) : r;
      items[i] = item;
      onProgress?.(++done, records.length, item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, records.length)) }, worker));
  return { items, counts: countItems(items) };
}



function countItems(items: IngestItem[]): IngestSummary["counts"] {
  const counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  for (const i of items) counts[i.status]++;
  return counts;
}
