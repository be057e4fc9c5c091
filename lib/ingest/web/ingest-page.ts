/** One fetched page into the database: the same use case as a file, then its FetchedUrl row. */
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client.ts";
import { recordFetchedUrl, type FetchedUrlRow } from "@/lib/db/fetched-urls.ts";
import { withWriter } from "@/lib/db/write/writer.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import { htmlToText } from "@/lib/ingest/html-to-text.ts";
import { ingestRecord, type IngestItem } from "@/lib/ingest/ingest-record.ts";
import type { FeedItem } from "./parse-feed.ts";
import type { FetchedDocument } from "./web-fetcher.ts";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
/** A URL as the FetchedUrl table keys it: parsed, without its fragment. */
export const keyOf = (url: string) => new URL(url).href.replace(/#.*$/, "");

/** The item's hints where the page has none of its own (the page's metadata wins). */
function mergeHints(page: ArticleHints, item: FeedItem | null, finalUrl: string): ArticleHints {
  return {
    ...page,
    title: page.title ?? item?.title ?? null,
    author: page.author ?? item?.author ?? null,
    publishedAt: page.publishedAt ?? item?.publishedAt ?? null,
    url: page.url ?? keyOf(finalUrl),
  };
}

/**
 * Extracts and saves one fetched page through ingestRecord (the step files use too), records the outcome
 * in FetchedUrl, and returns its item; the same bytes as the copy ingested before are `unchanged`.
 */
export async function ingestPage(
  db: Db,
  doc: FetchedDocument,
  item: FeedItem | null,
  known: FetchedUrlRow | undefined,
): Promise<IngestItem> {
  const url = keyOf(doc.url);
  const contentHash = sha256(doc.body);
  const fetchedAt = new Date();
  if (known?.status === "INGESTED" && known.contentHash === contentHash && known.articleId !== null) {
    await recordFetchedUrl(db, { ...known, fetchedAt });
    return { source: url, status: "unchanged", articleId: known.articleId };
  }
  let result: IngestItem;
  if (doc.kind === "feed") result = { source: url, status: "failed", reason: "a feed, not an article page" };
  else {
    const page = htmlToText(doc.text);
    if (!page.text.trim()) result = { source: url, status: "failed", reason: "no article text found in the HTML" };
    else {
      const record = { source: url, text: page.text, hints: mergeHints(page.hints, item, doc.finalUrl) };
      result = await withWriter(db, (w) => ingestRecord(w, record));
    }
  }
  const ok = result.status !== "failed";
  await recordFetchedUrl(db, {
    url,
    contentHash,
    articleId: result.articleId ?? null,
    // the page was read; what ingest refused in it would be refused again
    status: ok ? "INGESTED" : "REFUSED",
    reason: result.reason ?? null,
    fetchedAt,
  });
  return result;
}
