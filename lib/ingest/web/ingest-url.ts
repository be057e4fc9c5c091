/**
 * Ingest from the web: an article page, or a feed whose item links are each fetched once
 * (by URL: the FetchedUrl table; a page fetched again with the same bytes is not extracted
 * again). Pages go through the same use case as files (ingestRecords), so through the same checks.
 */
import type { Db } from "@/lib/db/client.ts";
import { findFetchedUrls, recordFetchedUrl } from "@/lib/db/fetched-urls.ts";
import type { SkippedPath } from "@/lib/ingest/find-article-files.ts";
import type { IngestItem } from "@/lib/ingest/ingest-files.ts";
import { ingestPage, keyOf } from "./ingest-page.ts";
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
