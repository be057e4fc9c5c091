/**
 * Binary search over items sorted by a numeric key (offsets, mostly): the one implementation the
 * stages share for "first item at or after" and "spans inside a range" lookups.
 */

/** Index of the first item whose key is at least `value` (items sorted by `keyOf`); `items.length` when none. */
export function lowerBound<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (sorted by start) lying wholly inside [start, end), in order. */
export function findSpansInside<T extends { start: number; end: number }>(
  sorted: readonly T[],
  start: number,
  end: number,
): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start, (s) => s.start); i < sorted.length && sorted[i]!.start < end; i++)
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}
