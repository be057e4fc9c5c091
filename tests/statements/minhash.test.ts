import { describe, expect, it } from "vitest";
import { BANDS, bandKeys, exactKey, minhashSignature, shingles } from "@/lib/statements/minhash.ts";

const words = (s: string) => s.split(" ");

describe("minhash", () => {
  it("gives the same band keys on every run: the recorded keys of one invented sentence", () => {
    const keys = bandKeys(minhashSignature(words("the ferry will sail at dawn every day this week")));
    expect(keys).toHaveLength(BANDS);
    expect(keys).toEqual(bandKeys(minhashSignature(words("the ferry will sail at dawn every day this week"))));
    // recorded once: a change to the hashing or seeds changes stored keys, so it needs a re-index
    expect(keys.slice(0, 3)).toMatchInlineSnapshot(`
      [
        269144130,
        464749823,
        -682715532,
      ]
    `);
  });

  it("keeps keys signed 32-bit integers, as both databases store them", () => {
    for (const k of [...bandKeys(minhashSignature(words("a b c d e f g"))), exactKey(words("a b c"))])
      expect(k === (k | 0)).toBe(true);
  });

  it("makes word bigrams, a single word its own shingle", () => {
    expect(shingles(words("a b c"))).toEqual(["a b", "b c"]);
    expect(shingles(["solo"])).toEqual(["solo"]);
  });

  it("shares most band keys for a one-word change and almost none for another sentence", () => {
    const a = bandKeys(minhashSignature(words("the ferry will sail at dawn every day this week from the north pier")));
    const b = bandKeys(minhashSignature(words("the ferry will sail at dawn every day next week from the north pier")));
    const c = bandKeys(minhashSignature(words("our budget for roads is smaller than it was three years ago")));
    const shared = (x: number[], y: number[]) => x.filter((k, i) => y[i] === k).length;
    expect(shared(a, b)).toBeGreaterThan(0);
    expect(shared(a, c)).toBe(0);
  });
});
