/**
 * Named feature weights of a learned component (a plain JSON object) as a Map, built once per
 * weights object: a plain object with thousands of keys is a hash dictionary anyway, and a Map
 * looks up freshly built feature strings faster. Feature names are never inherited property names
 * ("constructor", "toString"), so the sums are those of the plain object.
 */

const maps = new WeakMap<Readonly<Record<string, number>>, ReadonlyMap<string, number>>();

/** The Map of `weights` (cached per object: the weights must not change once scored with). */
export function getWeightMap(weights: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let map = maps.get(weights);
  if (!map) {
    map = new Map(Object.entries(weights));
    maps.set(weights, map);
  }
  return map;
}
