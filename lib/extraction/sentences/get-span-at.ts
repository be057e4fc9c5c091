import type { Span } from "@/lib/extraction/types.ts";

/**
 * The first of `spans` (sorted, non-overlapping) that ends after `offset`: the one
 * holding it, or the next one when it falls in a gap between spans; null past the end.
 * Binary search, so per-quote and per-trigger lookups stay linear overall.
 */
export function getSpanEndingAfter<T extends Span>(spans: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo] ?? null;
}

/** The span of `spans` (sorted, non-overlapping) holding `offset`, or null. */
export function getSpanAt<T extends Span>(spans: readonly T[], offset: number): T | null {
  const s = getSpanEndingAfter(spans, offset);
  return s && s.start <= offset ? s : null;
}
