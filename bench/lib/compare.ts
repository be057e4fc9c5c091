/** Where two JSON answers differ, for the sanity check of app against baseline. */

/** Short JSON of a value for a message, cut at 80 characters. */
const preview = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/**
 * The path and values of the first difference between two JSON values
 * (objects compared key by key in either's order, arrays item by item), or null when equal.
 */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d =
        i < a.length && i < b.length
          ? firstDifference(a[i], b[i], `${path}[${i}]`)
          : `${path}: length ${a.length} vs ${b.length}`;
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const [ra, rb] = [a as Record<string, unknown>, b as Record<string, unknown>];
    for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      const d =
        k in ra && k in rb
          ? firstDifference(ra[k], rb[k], `${path}.${k}`)
          : `${path}.${k}: ${k in ra ? "only in the first" : "only in the second"}`;
      if (d) return d;
    }
    return null;
  }
  return `${path}: ${preview(a)} vs ${preview(b)}`;
}
