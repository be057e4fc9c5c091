/**
 * Ingest from the web: an article page, or a feed whose item links are each fetched once
 * (by URL: the FetchedUrl table; a page fetched again with the same bytes is not extracted
 * again). Pages go through the same use case as files (ingestRecords), so through the same checks.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client.ts";
import { findFetchedUrls, recordFetchedUrl, type FetchedUrlRow } from "@/lib/db/fetched-urls.ts";
import type { ArticleHints } from "@/lib/extraction/types.ts";
import type { SkippedPath } from "@/lib/ingest/find-article-files.ts";
import { htmlToText } from "@/lib/ingest/html-to-text.ts";
import { ingestRecords, type IngestItem } from "@/lib/ingest/ingest-files.ts";
import { parseFeed, type FeedItem } from "./parse-feed.ts";
import type { Validators } from "./request-once.ts";
import type { FetchedDocument, WebFetcher } from "./web-fetcher.ts";

/** How one URL is ingested. */
export interface UrlIngestOptions {
  fetcher: WebFetcher;
  /** Refuse pages: the watcher reads feeds only. */
  feedsOnly?: boolean;
  /** Most feed items fetched in this call; the rest are counted in `pending` (for the mutation's time bound). */
  maxItems?: number;
  /** No feed item is started after this time (milliseconds since the epoch); the rest are `pending`. */
  deadline?: number;
  /** The clock the deadline is read against. */
  now?: () => number;
  /** Validators of feeds fetched before, by feed URL: read for a conditional fetch, and updated (the watcher keeps one). */
  validators?: Map<string, Validators>;
  /** Called after each article. */
  onItem?: (item: IngestItem) => void;
}

/** What ingesting one URL did. */
export interface UrlIngestResult {
  url: string;
  /** What the URL held; null when it could not be fetched or was refused. */
  kind: "page" | "feed" | null;
  /** Why the URL itself was not ingested (fetch refused or failed, not a page or feed). */
  error: string | null;
  items: IngestItem[];
  /** Feed items not fetched because they were fetched before. */
  skipped: SkippedPath[];
  /** New feed items left for a later call (over `maxItems`). */
  pending: number;
  /** The feed answered 304 Not Modified to a conditional fetch: nothing new. */
  notModified: boolean;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
/** A URL as the FetchedUrl table keys it: parsed, without its fragment. */
const keyOf = (url: string) => new URL(url).href.replace(/#.*$/, "");

/** The item's hints where the page has none of its own (the page's metadata wins). */
function mergeHints(page: ArticleHints, item: FeedItem | null, finalUrl: string): ArticleHints {
  return {
    ...page,
    title: page.title ?? item?.title ?? null,
    author: page.author ?? item?.author ?? null,
    publishedAt: page.publishedAt ?? item?.publishedAt ?? null,
    url: page.url ?? finalUrl,
  };
}

/** Extracts and saves one fetched page, records the outcome, and returns its item. */
async function ingestPage(
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
      result = (await ingestRecords(db, [record], undefined, { workers: 0 })).items[0]!;
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

/** Fetches one feed item's page and ingests it; a refusal or failure is recorded and becomes a failed item. */
async function ingestFeedItem(db: Db, item: FeedItem, o: UrlIngestOptions): Promise<IngestItem> {
  try {
    return await ingestPage(db, await o.fetcher.fetchDocument(item.link), item, undefined);
  } catch (err) {
    const permanent = (err as { permanent?: boolean }).permanent !== false;
    await recordFetchedUrl(db, {
      url: keyOf(item.link),
      contentHash: null,
      articleId: null,
      status: permanent ? "REFUSED" : "FAILED",
      reason: reasonOf(err),
      fetchedAt: new Date(),
    });
    return { source: item.link, status: "failed", reason: reasonOf(err) };
  }
}

/** Ingests one page or feed URL; never throws for a bad URL or a refused fetch (they become `error`). */
export async function ingestUrl(db: Db, url: string, o: UrlIngestOptions): Promise<UrlIngestResult> {
  const result: UrlIngestResult = {
    url,
    kind: null,
    error: null,
    items: [],
    skipped: [],
    pending: 0,
    notModified: false,
  };
  let doc: FetchedDocument;
  try {
    const held = o.validators?.get(url);
    const got = held ? await o.fetcher.fetchDocument(url, held) : await o.fetcher.fetchDocument(url);
    if ("notModified" in got) return { ...result, kind: "feed", notModified: true };
    doc = got;
  } catch (err) {
    return { ...result, error: reasonOf(err) };
  }
  const done = (item: IngestItem) => {
    result.items.push(item);
    o.onItem?.(item);
  };
  if (doc.kind === "html") {
    if (o.feedsOnly) return { ...result, error: `${doc.finalUrl}: an HTML page, not an RSS or Atom feed` };
    const known = (await findFetchedUrls(db, [keyOf(url)])).get(keyOf(url));
    done(await ingestPage(db, doc, null, known));
    return { ...result, kind: "page" };
  }
  let items: FeedItem[];
  try {
    items = parseFeed(doc.text, doc.finalUrl).items;
  } catch (err) {
    return { ...result, error: reasonOf(err) };
  }
  if (doc.validators.etag || doc.validators.lastModified) o.validators?.set(url, doc.validators);
  const known = await findFetchedUrls(
    db,
    items.map((i) => keyOf(i.link)),
  );
  const fresh: FeedItem[] = [];
  for (const i of items) {
    const k = known.get(keyOf(i.link));
    if (k && k.status !== "FAILED")
      result.skipped.push({ path: i.link, reason: `fetched before (${k.status.toLowerCase()})` });
    else fresh.push(i);
  }
  const now = o.now ?? Date.now;
  const limit = Math.min(o.maxItems ?? fresh.length, fresh.length);
  let started = 0;
  // the first item always goes, so every call makes progress
  while (started < limit && (started === 0 || o.deadline === undefined || now() < o.deadline))
    done(await ingestFeedItem(db, fresh[started++]!, o));
  return { ...result, kind: "feed", pending: fresh.length - started };
}
