/**
 * Reads every article under some paths (files or folders) into records, before any of them is
 * ingested: what cannot be read becomes a failed item with its reason, in input order.
 * `npm run ingest` ingests the records; `npm run ingest -- --queue` queues them.
 */
import { findArticleFiles, type SkippedPath } from "./find-article-files.ts";
import { readArticleFileItems, type ArticleRecord } from "./read-article-file.ts";

/** A path or record that could not be read, and why. */
export interface UnreadableItem {
  source: string;
  status: "failed";
  reason: string;
}

/** The records read, the failures in their places, and what the folders hold but ingest does not read. */
export interface ReadPaths {
  records: (ArticleRecord | UnreadableItem)[];
  skipped: SkippedPath[];
}

/** Reads the articles under `paths`; missing paths come first as failures. */
export function readArticlePaths(paths: string[]): ReadPaths {
  const { files, missing, skipped } = findArticleFiles(paths);
  const records: (ArticleRecord | UnreadableItem)[] = missing.map((m) => ({
    source: m,
    status: "failed",
    reason: "no such file or folder",
  }));
  for (const file of files) {
    try {
      for (const r of readArticleFileItems(file))
        records.push("text" in r ? r : { source: r.source, status: "failed", reason: r.reason });
    } catch (err) {
      records.push({
        source: file,
        status: "failed",
        reason: err instanceof Error ? err.message.replace(`${file}: `, "") : String(err),
      });
    }
  }
  return { records, skipped };
}
