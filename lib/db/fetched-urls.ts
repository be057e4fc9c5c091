/** The pages web ingest fetched (the FetchedUrl table): a feed's item links are fetched once each. */
import type { Db } from "./client.ts";

/** What became of a fetched URL: ingested, refused for good (never fetched again by a feed) or failed (retried). */
export type FetchedUrlStatus = "INGESTED" | "REFUSED" | "FAILED";

/** One fetched URL. */
export interface FetchedUrlRow {
  url: string;
  contentHash: string | null;
  articleId: number | null;
  status: FetchedUrlStatus;
  reason: string | null;
  fetchedAt: Date;
}

/** URLs looked up per query: a feed holds at most a few hundred items. */
const CHUNK = 500;

/** The stored rows of those of `urls` fetched before, by URL. */
export async function findFetchedUrls(db: Db, urls: string[]): Promise<Map<string, FetchedUrlRow>> {
  const out = new Map<string, FetchedUrlRow>();
  const unique = [...new Set(urls)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db.fetchedUrl.findMany({
      where: { url: { in: unique.slice(i, i + CHUNK) } },
      select: { url: true, contentHash: true, articleId: true, status: true, reason: true, fetchedAt: true },
    });
    for (const r of rows) out.set(r.url, { ...r, status: r.status as FetchedUrlStatus });
  }
  return out;
}

/** Records the outcome of fetching a URL, replacing what an earlier fetch of it recorded. */
export async function recordFetchedUrl(db: Db, row: FetchedUrlRow): Promise<void> {
  const { url, ...rest } = row;
  await db.fetchedUrl.upsert({ where: { url }, create: row, update: rest });
}
