/**
 * Maps offsets in an extracted body back to the text as received: cleaning drops furniture lines and
 * may join or trim lines, so each body line is found again in the raw text, in order.
 */

/** A function from a body offset to the raw offset of the same character, or null where the body line was not found. */
export type OffsetMap = (bodyOffset: number) => number | null;

/** Builds the map by finding every body line in `raw`, each after the previous one. */
export function mapBodyToRaw(body: string, raw: string): OffsetMap {
  const lines: { bodyStart: number; rawStart: number; length: number }[] = [];
  let cursor = 0;
  let bodyStart = 0;
  for (const line of body.split("\n")) {
    const trimmed = line.trimEnd();
    const at = trimmed ? raw.indexOf(trimmed, cursor) : -1;
    if (at >= 0) {
      lines.push({ bodyStart, rawStart: at, length: trimmed.length });
      cursor = at + trimmed.length;
    }
    bodyStart += line.length + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = lines[mid]!;
      if (offset < l.bodyStart) hi = mid - 1;
      else if (offset > l.bodyStart + l.length) lo = mid + 1;
      else return l.rawStart + (offset - l.bodyStart);
    }
    return null;
  };
}
