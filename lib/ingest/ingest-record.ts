/**
 * One record checked, extracted and saved in this thread: the ingest step that files, web pages
 * and queue jobs share. Kept apart from the batch path (ingest-files.ts) so that the API, which
 * ingests one page at a time, never loads the extraction worker pool.
 */
import type { SaveStatus } from "@/lib/db/save-article.ts";
import type { Writer } from "@/lib/db/write/writer.ts";
import type { ExtractedArticle } from "@/lib/extraction/extracted-article.ts";
import { extractArticle, saveExtraction } from "./ingest-article.ts";
import type { ArticleRecord } from "./read-article-file.ts";

/** The outcome of one article (or one unreadable file). */
export interface IngestItem {
  source: string;
  status: SaveStatus | "failed";
  reason?: string;
  slug?: string;
  /** The stored article's id, when it was saved. */
  articleId?: number;
}

/** The reason of a failure, as the summary shows it. */
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Saves one record's extraction (lib/ingest/ingest-article.ts); failures become items with a reason, never exceptions. */
export async function saveRecord(w: Writer, rec: ArticleRecord, extraction: ExtractedArticle): Promise<IngestItem> {
  try {
    const r = await saveExtraction(w, extraction);
    return { source: rec.source, status: r.status, slug: r.slug, articleId: r.articleId };
  } catch (err) {
    return { source: rec.source, status: "failed", reason: reasonOf(err) };
  }
}

/** Checks, extracts and saves one record in this thread; failures become items with a reason, never exceptions. */
export async function ingestRecord(w: Writer, rec: ArticleRecord): Promise<IngestItem> {
  let extraction: ExtractedArticle;
  try {
    extraction = extractArticle(rec);
  } catch (err) {
    return { source: rec.source, status: "failed", reason: reasonOf(err) };
  }
  return saveRecord(w, rec, extraction);
}
