/**
 * Named feature weights of a learned component (a plain JSON object), indexed once per weights
 * object for lookups by name. Feature names are built afresh for every candidate, and a Map (or a
 * keyed lookup on the object) hashes each new string in the engine's runtime, a call out of the
 * compiled code per lookup; here an FNV-1a hash over the name's characters, computed in
 * JavaScript, finds it in an open-addressing table, several times faster. A name is found exactly
 * when it is a key of the object, with the same number, so every sum stays what it was. Feature
 * names are never inherited property names ("constructor", "toString"): own keys only.
 */

/** Lookups of weights by feature name (the part of a Map that scoring uses). */
export interface FeatureWeights {
  get(name: string): number | undefined;
}

const indexes = new WeakMap<Readonly<Record<string, number>>, FeatureWeights>();

/** FNV-1a of a name's UTF-16 code units. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
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
