/**
 * A bounded table of word entries keyed by the word and its FNV-1a hash (`hashString`, which the
 * tagger computes for the word anyway): open addressing over typed arrays, so a lookup costs a hash
 * over the word's characters in JavaScript and one string comparison. A Map would hash every word
 * token, a new string each time, in the engine's runtime: the tagger's word cache was one of its
 * dearest steps. Fixed capacity: the owner starts a new table when `isFull`.
 */
export class WordTable<T> {
  /** Per slot, the word's index (-1: empty) and its hash side by side: one memory read finds both. */
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: T[] = [];
  private readonly mask: number;

  /** A table for at most `capacity` words. */
  constructor(private readonly capacity: number) {
    let size = 1;
    while (size < capacity * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(-1);
  }

  get size(): number {
    return this.words.length;
  }

  get isFull(): boolean {
    return this.words.length >= this.capacity;
  }

  /** The value of `word` (whose `hashString` is `hash`), or undefined. */
  get(word: string, hash: number): T | undefined {
    const h = hash | 0;
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const i = this.slots[2 * s]!;
      if (i < 0) return undefined;
      if (this.slots[2 * s + 1] === h && this.words[i] === word) return this.values[i];
    }
  }

  /** Adds `word` (not in the table, and the table not full). */
  add(word: string, hash: number, value: T): void {
    if (this.isFull) throw new Error("word table is full");
    let s = hash & this.mask;
    while (this.slots[2 * s] !== -1) s = (s + 1) & this.mask;
    this.slots[2 * s] = this.words.length;
    this.slots[2 * s + 1] = hash | 0;
    this.words.push(word);
    this.values.push(value);
  }
}
