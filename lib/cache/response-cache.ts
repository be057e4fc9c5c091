/**
 * Whole response bodies keyed by request, valid for one data revision: when the
 * revision moves, everything is dropped at the next lookup. An answer is stored
 * only if the revision did not move while it was computed.
 */
import { createHash } from "node:crypto";
import type { DataRevision } from "./data-revision.ts";
import { LruCache, type LruBounds } from "./lru-cache.ts";

/** A stored answer and its entity tag. */
export interface CachedBody {
  body: string;
  /** A strong ETag, quoted: a hash of the body, so any server computes the same one. */
  etag: string;
  /** The body's UTF-8 bytes, when an HTTP server has encoded them (kept so a hit is written as it is). */
  bytes?: Buffer;
}

/** What a lookup found, and the revision to pass to `store` for an answer computed now. */
export interface Lookup {
  hit: CachedBody | undefined;
  /** Null while changes cannot be tracked: the answer must not be stored. */
  revision: string | null;
}

/** The quoted strong ETag of a body. */
export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Bodies of one database's answers. */
export class ResponseCache {
  private readonly lru: LruCache<CachedBody>;
  private revision: string | null = null;

  constructor(
    private readonly source: DataRevision,
    bounds: LruBounds,
  ) {
    // sizes in characters: bodies are JSON, mostly one byte per character
    this.lru = new LruCache<CachedBody>(bounds, (v, key) => v.body.length + (v.bytes?.length ?? 0) + key.length + 64);
  }

  /** Entries and characters held (for tests and diagnostics). */
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

  /** The stored answer for `key` at the current revision. */
  lookup(key: string): Lookup {
    const revision = this.now();
    return { hit: revision === null ? undefined : this.lru.get(key), revision };
  }

  /**
   * Stores an answer computed since `revision` (from `lookup`) unless the data changed meanwhile; returns it with its
   * ETag. `bytes`, the body encoded as UTF-8, is kept with it for servers that write it.
   */
  store(key: string, revision: string | null, body: string, bytes?: Buffer): CachedBody {
    const entry: CachedBody = bytes ? { body, etag: etagOf(body), bytes } : { body, etag: etagOf(body) };
    if (revision !== null && this.now() === revision) this.lru.set(key, entry);
    return entry;
  }

  /** Drops everything now (an in-process write). */
  clear(): void {
    this.source.bump();
    this.now();
  }
}
