/**
 * Named feature weights of a learned component (a plain JSON object), indexed once per weights
 * object for lookups by name. Feature names are built afresh for every candidate, and a Map (or a
 * keyed lookup on the object) hashes each new string in the engine's runtime, a call out of the
 * compiled code per lookup; here an FNV-1a hash over some of the name's characters, computed in
 * JavaScript, finds it in an open-addressing table, several times faster. A name is found exactly
 * when it is a key of the object, with the same number, so every sum stays what it was. Feature
 * names are never inherited property names ("constructor", "toString"): own keys only.
 */

/** Lookups of weights by feature name (the part of a Map that scoring uses). */
export interface FeatureWeights {
  get(name: string): number | undefined;
}

const indexes = new WeakMap<Readonly<Record<string, number>>, FeatureWeights>();

/** Characters of a name that its hash reads at most, spread over it, besides its length and last characters. */
const SAMPLES = 8;
const TAIL = 4;

/**
 * FNV-1a of a name's length and of some of its UTF-16 code units: about SAMPLES spread over it and
 * its last TAIL. Feature names are built afresh, as concatenations, and reading every character of
 * one cost more than the look-up itself; names that hash alike are still told apart by comparing
 * them, so a look-up finds exactly the same weight.
 */
function hashName(name: string): number {
  const n = name.length;
  let h = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  const step = n > SAMPLES ? (n / SAMPLES) | 0 : 1;
  for (let i = 0; i < n - TAIL; i += step) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  for (let i = Math.max(0, n - TAIL); i < n; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The index of `weights` (built on first use: the weights must not change once scored with). */
export function getWeightMap(weights: Readonly<Record<string, number>>): FeatureWeights {
  let index = indexes.get(weights);
  if (!index) {
    index = createFeatureWeights(weights);
    indexes.set(weights, index);
  }
  return index;
}

/** A fresh index of `weights` (for a caller that keeps it: nothing is cached). */
export function createFeatureWeights(weights: Readonly<Record<string, number>>): FeatureWeights {
  const names = Object.keys(weights);
  let size = 1;
  while (size < names.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const values = new Float64Array(names.length);
  names.forEach((name, i) => {
    let s = hashName(name) & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = i;
    values[i] = weights[name]!;
  });
  return {
    get(name: string): number | undefined {
      for (let s = hashName(name) & mask; ; s = (s + 1) & mask) {
        const i = slots[s]!;
        if (i < 0) return undefined;
        if (names[i] === name) return values[i];
      }
    },
  };
}
