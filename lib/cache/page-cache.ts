/**
 * Server-rendered pages as sent: status 200, headers and body bytes, keyed by
 * request, valid for one data revision (as the response cache of the API, see
 * response-cache.ts). A hit is written back as stored, with a strong ETag, and a
 * GET whose If-None-Match names it gets 304 without rendering.
 */
import { createHash } from "node:crypto";
import type { DataRevision } from "./data-revision.ts";
import { LruCache, type LruBounds } from "./lru-cache.ts";

/** A stored page. */
export interface CachedPage {
  /** Response headers as sent (names lower-case), ETag included. */
  headers: [string, string | string[]][];
  body: Buffer;
  etag: string;
}

/** What a lookup found, and the revision to pass to `store` for a page rendered now. */
export interface PageLookup {
  hit: CachedPage | undefined;
  /** Null while changes cannot be tracked: the page must not be stored. */
  revision: string | null;
}

/** The quoted strong ETag of body bytes. */
export function pageEtagOf(body: Buffer): string {
  return `"p${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Pages of one database. */
export class PageCache {
  private readonly lru: LruCache<CachedPage>;
  private revision: string | null = null;

  constructor(
    private readonly source: Pick<DataRevision, "current">,
    bounds: LruBounds,
  ) {
    this.lru = new LruCache<CachedPage>(bounds, (v, key) => v.body.length + key.length + 512);
  }

  /** Entries and bytes held. */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.lru.size, bytes: this.lru.bytes };
  }

  private now(): string | null {
    const r = this.source.current();
    if (r !== this.revision) {
      this.lru.clear();
      this.revision = r;
    }
    return r;
  }

  /** The stored page for `key` at the current revision. */
  lookup(key: string): PageLookup {
    const revision = this.now();
    return { hit: revision === null ? undefined : this.lru.get(key), revision };
  }

  /** Stores a page rendered since `revision` unless the data changed meanwhile; returns it with its ETag. */
  store(key: string, revision: string | null, headers: [string, string | string[]][], body: Buffer): CachedPage {
    const etag = pageEtagOf(body);
    const entry = {
      headers: [...headers.filter(([k]) => k !== "etag"), ["etag", etag] as [string, string]],
      body,
      etag,
    };
    if (revision !== null && this.now() === revision) this.lru.set(key, entry);
    return entry;
  }
}
