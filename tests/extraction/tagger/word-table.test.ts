import { describe, expect, it } from "vitest";
import { hashString } from "@/lib/extraction/tagger/hash.ts";
import { WordTable } from "@/lib/extraction/tagger/word-table.ts";

describe("word table", () => {
  it("finds each word added, by its hash, and no other", () => {
    const table = new WordTable<number>(100);
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`);
    words.forEach((w, i) => table.add(w, hashString(w), i));
    expect(table.isFull).toBe(true);
    words.forEach((w, i) => expect(table.get(["wo", w.slice(2)].join(""), hashString(w))).toBe(i));
    expect(table.get("word100", hashString("word100"))).toBeUndefined();
  });

  it("tells apart words that share a hash", () => {
    const table = new WordTable<string>(4);
    table.add("Kabul", 7, "a");
    table.add("Herat", 7, "b");
    expect(table.get("Kabul", 7)).toBe("a");
    expect(table.get("Herat", 7)).toBe("b");
    expect(table.get("Balkh", 7)).toBeUndefined();
  });

  it("refuses a word past its capacity", () => {
    const table = new WordTable<number>(1);
    table.add("one", hashString("one"), 1);
    expect(() => table.add("two", hashString("two"), 2)).toThrow(/full/);
  });
});
