/**
 * Ranges of a paragraph between a matched pair of double quote marks, where a
 * sentence must not be split ("“It is over. We lost,” he said." is one sentence).
 * Only marks closed within the same paragraph count: an opening mark left open by
 * the multi-paragraph quote convention protects nothing.
 */
export function findProtectedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\u201C" || ch === "\u201E") {
      open = i;
    } else if (ch === "\u201D" && open >= 0) {
      ranges.push([open, i + 1]);
      open = -1;
    } else if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        ranges.push([straightOpen, i + 1]);
        straightOpen = -1;
      }
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether `pos` lies strictly inside one of the sorted, non-overlapping `ranges` (binary search). */
export function isInsideRange(ranges: readonly [number, number][], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] < pos) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo - 1];
  return r !== undefined && pos < r[1];
}
