/**
 * A least-recently-used map bounded by entry count and by total size: a Map
 * keeps insertion order, so re-inserting on a hit makes the first key the oldest.
 */

/** Bounds of a cache. */
export interface LruBounds {
  maxEntries: number;
  /** Total of `sizeOf` over all entries. */
  maxBytes: number;
}

/** An LRU map of string keys; `sizeOf` weighs a value (bytes, roughly). */
export class LruCache<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    private readonly bounds: LruBounds,
    private readonly sizeOf: (value: V, key: string) => number,
  ) {
    if (!(bounds.maxEntries >= 1) || !(bounds.maxBytes >= 1))
      throw new Error(`LRU bounds must be positive, got ${JSON.stringify(bounds)}`);
  }

  /** Entries held. */
  get size(): number {
    return this.map.size;
  }

  /** Sum of the entries' sizes. */
  get bytes(): number {
    return this.total;
  }

  /** The value under `key`, marked as most recently used; undefined when absent. */
  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  /** Stores `value`, evicting the least recently used entries past the bounds; a value larger than the whole budget is not stored. */
  set(key: string, value: V): void {
    const size = this.sizeOf(value, key);
    this.delete(key);
    if (size > this.bounds.maxBytes) return;
    this.map.set(key, { value, size });
    this.total += size;
    while (this.map.size > this.bounds.maxEntries || this.total > this.bounds.maxBytes) {
      const oldest = this.map.keys().next().value as string;
      this.delete(oldest);
    }
  }

  /** Removes `key` if present. */
  delete(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    this.map.delete(key);
    this.total -= old.size;
  }

  /** Removes everything. */
  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}
