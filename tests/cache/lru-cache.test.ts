import { describe, expect, it } from "vitest";
import { LruCache } from "@/lib/cache/lru-cache.ts";

describe("LruCache", () => {
  const sized = (maxEntries: number, maxBytes: number) =>
    new LruCache<string>({ maxEntries, maxBytes }, (v) => v.length);

  it("evicts the least recently used entry past the entry bound", () => {
    const c = sized(2, 1000);
    c.set("a", "1");
    c.set("b", "2");
    expect(c.get("a")).toBe("1");
    c.set("c", "3");
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual(["1", undefined, "3"]);
  });

  it("evicts by total size and never stores a value larger than the budget", () => {
    const c = sized(100, 10);
    c.set("a", "12345");
    c.set("b", "12345");
    c.set("c", "1");
    expect(c.get("a")).toBeUndefined();
    expect(c.bytes).toBe(6);
    c.set("huge", "x".repeat(11));
    expect(c.get("huge")).toBeUndefined();
    expect(c.size).toBe(2);
  });

  it("replaces a key's value and keeps the size total exact", () => {
    const c = sized(10, 100);
    c.set("a", "123");
    c.set("a", "1");
    expect(c.bytes).toBe(1);
    c.clear();
    expect([c.size, c.bytes]).toEqual([0, 0]);
  });

  it("refuses bounds that are not positive", () => {
    expect(() => sized(0, 10)).toThrow(/positive/);
  });
});
