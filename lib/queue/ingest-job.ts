/**
 * An ingest job's payload and key: the article record as read from its file, keyed by a hash
 * of its content so enqueueing the same article twice (the same file, or a copy) is one job.
 */
import { createHash } from "node:crypto";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import type { ArticleRecord } from "@/lib/ingest/read-article-file.ts";

/** What an ingest job carries: one article record (JSON). */
export type IngestJobPayload = ArticleRecord;

const HINT_KEYS = ["title", "url", "publishedAt", "publisher", "author"] as const satisfies (keyof ArticleHints)[];

/** The job key of a record: `ingest:` and the SHA-256 of its text and hints (not its source path). */
export function ingestJobKeyOf(rec: ArticleRecord): string {
  const hints = HINT_KEYS.map((k) => rec.hints[k] ?? null);
  return `ingest:${createHash("sha256")
    .update(JSON.stringify([rec.text, hints]))
    .digest("hex")}`;
}

/** Checks a payload taken off the queue (written by another version, or by hand) before it is ingested. */
export function parseIngestJobPayload(value: unknown): IngestJobPayload {
  const o = value as Partial<Record<keyof ArticleRecord, unknown>> | null;
  if (typeof o !== "object" || o === null || typeof o.source !== "string" || typeof o.text !== "string")
    throw new Error(`ingest job payload must be an object with "source" and "text" strings, got ${typeof value}`);
  const hints = (typeof o.hints === "object" && o.hints !== null ? o.hints : {}) as Record<string, unknown>;
  const clean: ArticleHints = {};
  for (const k of HINT_KEYS) {
    const v = hints[k];
    if (v !== undefined && v !== null && typeof v !== "string")
      throw new Error(`ingest job payload: hints.${k} must be a string or null`);
    if (typeof v === "string") clean[k] = v;
  }
  return { source: o.source, text: o.text, hints: clean };
}
